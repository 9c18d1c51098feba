using Lodestar.Domain.Events;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Privacy.Suppression;

namespace Lodestar.Domain.Tests.Privacy.Suppression;

public sealed class SuppressionSnapshotTests
{
    private static readonly SuppressionSnapshot List = new(
        [
            ("email", SuppressionHasher.Hex(new IdentifierKey("email", "ada@example.com"))),
            ("phone", SuppressionHasher.Hex(new IdentifierKey("phone", "+15550102233"))),
            ("user_id", SuppressionHasher.Hex(new IdentifierKey("user_id", "u-1"))),
            ("anonymous_id", SuppressionHasher.Hex(new IdentifierKey("anonymous_id", "a-1"))),
            ("crm_contact_id", SuppressionHasher.Hex(new IdentifierKey("crm_contact_id", "42"))),
        ], IdentityRules.Default);

    [Theory]
    [InlineData("u-1", null, null, null, null, null)]
    [InlineData(null, " a-1 ", null, null, null, null)]
    [InlineData(null, "x", " ADA@example.COM", null, null, null)]
    [InlineData(null, "x", null, "(555) 010-2233", null, null)]
    [InlineData(null, "x", null, "+1 555 010 2233", null, null)]
    [InlineData("u-9", null, null, null, "a-1", null)]
    [InlineData(null, "x", null, null, null, """[{"id":"42","type":"crm_contact_id","collection":"users"}]""")]
    public void Carries_AnySuppressedIdentifierWrittenAnyWay_True(string? userId, string? anonymousId, string? email, string? phone, string? previousId, string? externalIds)
    {
        Assert.True(List.Carries(Event(userId, anonymousId, email, phone, previousId, externalIds)));
    }

    [Theory]
    [InlineData("u-2", null, null, null, null, null)]
    [InlineData(null, "a-2", "grace@example.com", "+1 555 010 2234", null, null)]
    [InlineData(null, "x", null, null, null, """[{"id":"43","type":"crm_contact_id"}]""")]
    [InlineData(null, "x", null, null, null, """[{"id":"u-1","type":"crm_contact_id"}]""")]
    public void Carries_NoSuppressedIdentifier_False(string? userId, string? anonymousId, string? email, string? phone, string? previousId, string? externalIds)
    {
        Assert.False(List.Carries(Event(userId, anonymousId, email, phone, previousId, externalIds)));
    }

    [Fact]
    public void Carries_CustomTypeFromTheRules_ReadFromTheMessage()
    {
        var rules = IdentityRules.Default with { Types = [.. IdentityRules.Default.Types, new IdentifierTypeRule("member_no", 5, ["properties.memberNo"])] };
        var list = new SuppressionSnapshot([("member_no", SuppressionHasher.Hex(new IdentifierKey("member_no", "M-7")))], rules);

        Assert.True(list.Carries(Event(null, "x", null, null, null, null, """{"properties":{"memberNo":"M-7"}}""")));
        Assert.False(list.Carries(Event(null, "x", null, null, null, null, """{"properties":{"memberNo":"M-8"}}""")));
    }

    [Fact]
    public void Empty_CarriesNothing()
    {
        Assert.True(SuppressionSnapshot.Empty.IsEmpty);
        Assert.False(SuppressionSnapshot.Empty.Carries(Event("u-1", "a-1", "ada@example.com", null, null, null)));
    }

    private static TrackedEvent Event(string? userId, string? anonymousId, string? email, string? phone, string? previousId, string? externalIds, string raw = "{}") =>
        new()
        {
            MessageId = "m", UserId = userId, AnonymousId = anonymousId, Email = email, Phone = phone, PreviousId = previousId, ExternalIds = externalIds, Raw = raw,
        };
}
