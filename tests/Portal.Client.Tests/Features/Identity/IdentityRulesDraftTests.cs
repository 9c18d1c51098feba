using Lodestar.Portal.Client.Features.Identity;
using Lodestar.Portal.Client.Tests.TestDoubles;

namespace Lodestar.Portal.Client.Tests.Features.Identity;

public sealed class IdentityRulesDraftTests
{
    [Fact]
    public void ToDto_Unedited_RoundTripsTheRules()
    {
        var rules = FakeIdentityRulesApi.Defaults();

        var dto = IdentityRulesDraft.From(rules).ToDto();

        Assert.Equal(rules.Types.Select(t => (t.Type, t.Limit, string.Join("|", t.Keys), t.Normalization, t.Enabled, t.BuiltIn)),
            dto.Types.Select(t => (t.Type, t.Limit, string.Join("|", t.Keys), t.Normalization, t.Enabled, t.BuiltIn)));
        Assert.Equal(rules.BlockedValues, dto.BlockedValues);
        Assert.Equal("US", dto.DefaultRegion);
    }

    [Fact]
    public void ToDto_CustomTypeText_TrimsNameAndSplitsKeys()
    {
        var draft = IdentityRulesDraft.From(FakeIdentityRulesApi.Defaults());
        var custom = draft.AddCustom();
        custom.Type = " CRM_Id ";
        custom.KeysText = "traits.crm_id, ,properties.crm_id ,";

        var dto = draft.ToDto().Types[^1];

        Assert.Equal("crm_id", dto.Type);
        Assert.Equal(["traits.crm_id", "properties.crm_id"], dto.Keys);
        Assert.Equal((5, IdentifierNormalizations.Trim, false), (dto.Limit, dto.Normalization, dto.BuiltIn));
    }

    [Fact]
    public void Move_PastEitherEnd_KeepsTheOrder()
    {
        var draft = IdentityRulesDraft.From(FakeIdentityRulesApi.Defaults());

        draft.Move(draft.Types[0], -1);
        draft.Move(draft.Types[^1], 1);
        draft.Move(draft.Types[3], -2);

        Assert.Equal(["user_id", "device_id", "email", "phone", "anonymous_id"], draft.Types.Select(t => t.Type));
    }

    [Fact]
    public void Remove_BuiltInType_IsKept()
    {
        var draft = IdentityRulesDraft.From(FakeIdentityRulesApi.Defaults());

        draft.Remove(draft.Types[1]);

        Assert.Equal(5, draft.Types.Count);
    }

    [Fact]
    public void Fingerprint_EditUndone_EqualsTheOriginal()
    {
        var draft = IdentityRulesDraft.From(FakeIdentityRulesApi.Defaults());
        var original = draft.Fingerprint();

        draft.Move(draft.Types[1], 1);
        var moved = draft.Fingerprint();
        draft.Move(draft.Types[2], -1);

        Assert.NotEqual(original, moved);
        Assert.Equal(original, draft.Fingerprint());
    }

    [Fact]
    public void ApplyErrors_TypeIndex_LabelsTheRowAsItWasSentEvenAfterItMoved()
    {
        var draft = IdentityRulesDraft.From(FakeIdentityRulesApi.Defaults());
        var sent = draft.Types.ToList();
        draft.Move(draft.Types[2], -1);

        var lines = draft.ApplyErrors(sent, new Dictionary<string, string[]>
        {
            ["types[2]"] = ["The limit of phone must be between 1 and 1000."],
            ["blockedValues"] = ["'/(/' is not a valid pattern."],
        });

        Assert.Equal([("Identifier type phone", "The limit of phone must be between 1 and 1000."), ("Blocked values", "'/(/' is not a valid pattern.")], lines);
        Assert.Equal("The limit of phone must be between 1 and 1000.", draft.Types[1].Error);
        Assert.Null(draft.Types[2].Error);
    }
}
