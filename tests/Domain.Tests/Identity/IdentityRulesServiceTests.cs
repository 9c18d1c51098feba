using Lodestar.Domain.Identity;

namespace Lodestar.Domain.Tests.Identity;

public sealed class IdentityRulesServiceTests
{
    private static CancellationToken Ct => IdentityHarness.Ct;

    [Fact]
    public async Task GetAsync_NothingSaved_SegmentDefaults()
    {
        await using var w = await IdentityHarness.StartAsync();

        var rules = await w.Host.Get<IdentityRulesService>().GetAsync(Ct);

        Assert.Equal(IdentityRules.Default.Types, rules.Types);
        Assert.Equal(IdentityRules.Default.BlockedValues, rules.BlockedValues);
    }

    [Fact]
    public async Task SaveAsync_CustomTypeFromATraitKey_ReadBackAndUsedByResolution()
    {
        await using var w = await IdentityHarness.StartAsync();
        var saved = IdentityRules.Default with
        {
            Types = [.. IdentityRules.Default.Types, new IdentifierTypeRule("crm_id", 1, ["traits.crmId"])],
            DefaultRegion = "GB",
        };
        await w.Host.Get<IdentityRulesService>().SaveAsync(saved, Ct);
        await w.SendAsync(
            """{"type":"identify","anonymousId":"a-1","traits":{"crmId":"C-42","phone":"020 7946 0958"}}""",
            """{"type":"identify","anonymousId":"a-2","traits":{"crmId":"C-42"}}""");

        await w.ResolveAsync();

        var read = await w.Host.Get<IdentityRulesService>().GetAsync(Ct);
        Assert.Equal(saved.Types.Select(t => (t.Type, t.Limit, t.Normalization, string.Join(",", t.Keys))),
            read.Types.Select(t => (t.Type, t.Limit, t.Normalization, string.Join(",", t.Keys))));
        var profile = Assert.Single(await w.LivingProfilesAsync());
        Assert.Equal(["anonymous_id:a-1", "anonymous_id:a-2", "crm_id:C-42", "phone:+442079460958"], await w.IdentifiersOfAsync(profile.Id));
    }
}
