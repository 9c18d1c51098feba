using Lodestar.Domain.Events;
using Lodestar.Domain.Identity;

namespace Lodestar.Domain.Tests.Identity;

public sealed class IdentifierExtractorTests
{
    private static IdentityEvent Event(string raw, string? userId = null, string? anonymousId = null, string? email = null,
        string? phone = null, string? deviceId = null, string? externalIds = null) =>
        new(1, "m-1", MessageType.Identify, DateTime.UnixEpoch, userId, anonymousId, null, email, phone, deviceId, externalIds, raw);

    [Fact]
    public void Extract_EveryBuiltInPlace_NormalisedInPriorityOrder()
    {
        var extractor = new IdentifierExtractor(new IdentifierNormalizer(IdentityRules.Default));

        var ids = extractor.Extract(Event("{}", userId: " u-1 ", anonymousId: "a-1", email: "Ann@Example.COM",
            phone: "(415) 555-0132", deviceId: "ios-7", externalIds: """[{"id":"C-9","type":"Salesforce_Id","collection":"users"},{"id":"acct","type":"crm","collection":"accounts"}]"""));

        Assert.Equal(
            ["user_id:u-1", "email:ann@example.com", "phone:+14155550132", "device_id:ios-7", "anonymous_id:a-1", "salesforce_id:C-9"],
            ids.Select(i => i.ToString()));
    }

    [Fact]
    public void Extract_CustomTypeFromTraitKey_ReadFromTheRawMessage()
    {
        var rules = IdentityRules.Default with
        {
            Types = [.. IdentityRules.Default.Types, new IdentifierTypeRule("crm_id", 1, ["traits.crmId", "properties.crmId"])],
        };
        var extractor = new IdentifierExtractor(new IdentifierNormalizer(rules));

        var ids = extractor.Extract(Event("""{"traits":{"crmId":4711}}""", anonymousId: "a-1"));

        Assert.Equal(["anonymous_id:a-1", "crm_id:4711"], ids.Select(i => i.ToString()));
        Assert.Equal(1, extractor.LimitOf("crm_id"));
    }

    [Fact]
    public void Extract_DisabledTypeAndBlockedValues_Skipped()
    {
        var rules = IdentityRules.Default with
        {
            Types = [.. IdentityRules.Default.Types.Select(t => t.Type == IdentifierTypes.AnonymousId ? t with { Enabled = false } : t)],
        };
        var extractor = new IdentifierExtractor(new IdentifierNormalizer(rules));

        var ids = extractor.Extract(Event("{}", userId: "null", anonymousId: "a-1", email: "noreply@shop.example"));

        Assert.Empty(ids);
    }
}
