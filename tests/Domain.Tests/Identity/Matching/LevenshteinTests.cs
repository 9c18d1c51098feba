using Lodestar.Domain.Identity.Matching;

namespace Lodestar.Domain.Tests.Identity.Matching;

public sealed class LevenshteinTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("flaw", "lawn", 2)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("", "", 0)]
    [InlineData("smith", "smith", 0)]
    [InlineData("smith", "smyth", 1)]
    [InlineData("pridham street", "pridhamstreet", 1)]
    public void Distance_KnownPairs_IsTheEditCount(string a, string b, int expected)
    {
        Assert.Equal(expected, Levenshtein.Distance(a, b));
        Assert.Equal(expected, Levenshtein.Distance(b, a));
    }

    [Theory]
    [InlineData("", "", 1.0)]
    [InlineData("kitten", "sitting", 1 - 3 / 7.0)]
    [InlineData("abc", "xyz", 0.0)]
    public void Similarity_KnownPairs_IsOneMinusDistanceOverLongerLength(string a, string b, double expected) =>
        Assert.Equal(expected, Levenshtein.Similarity(a, b), precision: 10);

    [Fact]
    public void Distance_LongStrings_AreHandledOffTheStack()
    {
        var a = new string('x', 500);
        var b = new string('x', 498) + "yy";

        Assert.Equal(2, Levenshtein.Distance(a, b));
    }
}
