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
}
