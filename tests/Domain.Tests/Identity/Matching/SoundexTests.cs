using Lodestar.Domain.Identity.Matching;

namespace Lodestar.Domain.Tests.Identity.Matching;

public sealed class SoundexTests
{
    [Theory]
    [InlineData("Robert", "R163")]
    [InlineData("Rupert", "R163")]
    [InlineData("Rubin", "R150")]
    [InlineData("Tymczak", "T522")]
    [InlineData("Pfister", "P236")]
    [InlineData("Honeyman", "H555")]
    [InlineData("Lee", "L000")]
    [InlineData("smith", "S530")]
    [InlineData("smyth", "S530")]
    public void Encode_CensusExamples_GivesTheirCodes(string name, string expected) => Assert.Equal(expected, Soundex.Encode(name));

    [Fact]
    public void Encode_HAndWBetweenEqualCodes_DoNotSeparateThem()
    {
        // Ashcraft: s and c (both 2) are separated only by h, so c is dropped (A261, not A226).
        Assert.Equal("A261", Soundex.Encode("Ashcraft"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1234")]
    [InlineData("--")]
    public void Encode_NoLetters_IsEmpty(string value) => Assert.Equal(string.Empty, Soundex.Encode(value));

    [Fact]
    public void Encode_NonLetters_AreSkipped() => Assert.Equal(Soundex.Encode("obrien"), Soundex.Encode("O'Brien"));
}
