using Lodestar.Domain.Identity.Matching;

namespace Lodestar.Domain.Tests.Identity.Matching;

public sealed class JaroWinklerTests
{
    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.961)]
    [InlineData("DWAYNE", "DUANE", 0.840)]
    [InlineData("DIXON", "DICKSONX", 0.813)]
    public void Similarity_WinklersExamples_MatchPublishedValues(string a, string b, double expected)
    {
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), precision: 3);
        Assert.Equal(expected, JaroWinkler.Similarity(b, a), precision: 3);
    }

    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.944)]
    [InlineData("DWAYNE", "DUANE", 0.822)]
    [InlineData("DIXON", "DICKSONX", 0.767)]
    public void Jaro_WinklersExamples_MatchPublishedValues(string a, string b, double expected) =>
        Assert.Equal(expected, JaroWinkler.Jaro(a, b), precision: 3);

    [Theory]
    [InlineData("", "")]
    [InlineData("smith", "smith")]
    public void Similarity_EqualStrings_IsOne(string a, string b) => Assert.Equal(1, JaroWinkler.Similarity(a, b));

    [Theory]
    [InlineData("abc", "")]
    [InlineData("abc", "xyz")]
    public void Similarity_NothingInCommon_IsZero(string a, string b) => Assert.Equal(0, JaroWinkler.Similarity(a, b));

    [Fact]
    public void Similarity_JaroAtMostBoostThreshold_GetsNoPrefixBoost()
    {
        // Shared first letters but a Jaro similarity below 0.7: the prefix must not lift a poor match.
        const string a = "abcdefgh";
        const string b = "abzyxwvu";
        Assert.True(JaroWinkler.Jaro(a, b) <= JaroWinkler.BoostThreshold);
        Assert.Equal(JaroWinkler.Jaro(a, b), JaroWinkler.Similarity(a, b));
    }

    [Fact]
    public void Similarity_LongStrings_AreHandledOffTheStack()
    {
        var a = new string('a', 300) + "b";
        var b = new string('a', 300) + "c";

        Assert.InRange(JaroWinkler.Similarity(a, b), 0.99, 1.0);
    }
}
