using Lodestar.Domain.Identity;

namespace Lodestar.Domain.Tests.Identity;

public sealed class BlockedValuesTests
{
    private static readonly BlockedValues Defaults = new(IdentityRules.Default.BlockedValues);

    [Theory]
    [InlineData("0")]
    [InlineData("000-000")]
    [InlineData("-1")]
    [InlineData("NULL")]
    [InlineData("Undefined")]
    [InlineData("[object Object]")]
    [InlineData("test@test.com")]
    [InlineData("info@acme.example")]
    [InlineData("noreply@acme.example")]
    [InlineData("team@acme.example")]
    public void IsBlocked_DefaultPlaceholdersAndSharedMailboxes_Blocked(string value) => Assert.True(Defaults.IsBlocked(value));

    [Theory]
    [InlineData("ann@acme.example")]
    [InlineData("information@acme.example")]
    [InlineData("u-10")]
    [InlineData("guest-42")]
    public void IsBlocked_RealIdentifiers_NotBlocked(string value) => Assert.False(Defaults.IsBlocked(value));

    [Fact]
    public void Validate_BrokenPattern_SaysWhichOne() =>
        Assert.Contains("/[unclosed/", BlockedValues.Validate(["ok", "/[unclosed/"]));

    [Fact]
    public void Validate_BackreferencePattern_RefusedAsNotLinear() =>
        Assert.Contains("backreferences", BlockedValues.Validate([@"/^(.)\1+@/"]));

    /// <summary>
    /// Catastrophic backtracking (2^28 paths here) is answered at once on the linear engine; with a time limit instead,
    /// the answer depended on how busy the machine was, and a rebuild could differ from the incremental runs.
    /// </summary>
    [Fact]
    public void IsBlocked_NestedQuantifierOnNearMatch_AnswersWithoutATimeLimit()
    {
        var values = new BlockedValues(["/^(a+)+$/"]);

        Assert.False(values.IsBlocked(new string('a', 28) + "b"));
        Assert.True(values.IsBlocked("aaaa"));
    }

    [Fact]
    public void IsBlocked_StoredPatternWithLookahead_StillApplies() =>
        Assert.True(new BlockedValues(["/^(?=.*@).*@example\\.test$/"]).IsBlocked("x@example.test"));
}
