using Lodestar.Domain.Identity.Matching;

namespace Lodestar.Domain.Tests.Identity.Matching;

public sealed class NicknamesTests
{
    [Theory]
    [InlineData("joe", "joseph")]
    [InlineData("bill", "william")]
    [InlineData("will", "bill")]
    [InlineData("peggy", "margaret")]
    [InlineData("chris", "christine")]
    [InlineData("chris", "christopher")]
    public void AreEquivalent_FormsOfOneName_IsTrue(string a, string b)
    {
        Assert.True(Nicknames.AreEquivalent(a, b));
        Assert.True(Nicknames.AreEquivalent(b, a));
    }

    [Theory]
    [InlineData("joe", "john")]
    [InlineData("christine", "christopher")]
    [InlineData("zebedee", "joseph")]
    [InlineData("zebedee", "zeb")]
    public void AreEquivalent_DifferentNames_IsFalse(string a, string b) => Assert.False(Nicknames.AreEquivalent(a, b));

    [Fact]
    public void AreEquivalent_EqualNamesNotInTheList_IsFalse()
    {
        // Equality alone is the comparison's exact level, which is tested first; the list only knows listed names.
        Assert.False(Nicknames.AreEquivalent("zebedee", "zebedee"));
    }
}
