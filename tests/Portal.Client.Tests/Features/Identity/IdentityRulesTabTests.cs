using Bunit;
using Lodestar.Portal.Client.Features.Identity;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;

namespace Lodestar.Portal.Client.Tests.Features.Identity;

public sealed class IdentityRulesTabTests : IdentityRulesTestBase
{
    [Fact]
    public void Render_DefaultRules_ListsTypesInPriorityOrderMarkedAsDefaults()
    {
        var cut = Loaded(RenderTab());

        Assert.Equal(["user_id", "email", "phone", "device_id", "anonymous_id"], TypeOrder(cut));
        Assert.Equal("traits.email, context.traits.email, properties.email",
            cut.Find("[data-testid='type-row-email'] [data-testid='type-keys']").TextContent.Trim());
        Assert.Contains("Segment defaults", cut.Find("[data-testid='rules-default']").TextContent, StringComparison.Ordinal);
        Assert.True(cut.Find("[data-testid='save-rules']").HasAttribute("disabled"));
    }

    [Fact]
    public void Render_UserId_LimitAndSwitchDisabledAndBuiltInsCannotBeDeleted()
    {
        var cut = Loaded(RenderTab());

        Assert.True(cut.Find("[data-testid='type-row-user_id'] [data-testid='type-limit']").HasAttribute("disabled"));
        Assert.True(cut.Find("[data-testid='type-row-user_id'] [data-testid='type-enabled']").HasAttribute("disabled"));
        Assert.False(cut.Find("[data-testid='type-row-email'] [data-testid='type-limit']").HasAttribute("disabled"));
        Assert.False(cut.Find("[data-testid='type-row-email'] [data-testid='type-enabled']").HasAttribute("disabled"));
        Assert.Empty(cut.FindAll("[data-testid^='delete-']"));
    }

    [Fact]
    public void MoveDown_Email_SavesEmailAfterPhone()
    {
        var cut = Loaded(RenderTab());

        cut.Find("[data-testid='move-down-email']").Click();
        Assert.Equal(["user_id", "phone", "email", "device_id", "anonymous_id"], TypeOrder(cut));
        cut.Find("[data-testid='save-rules']").Click();

        cut.WaitForAssertion(() => Assert.Single(_rules.Saved), Patience);
        Assert.Equal(["user_id", "phone", "email", "device_id", "anonymous_id"], _rules.Saved[0].Types.Select(t => t.Type));
    }

    [Fact]
    public void AddType_CustomWithKeys_IsSentLastWithLimitFive()
    {
        var cut = Loaded(RenderTab());

        cut.Find("[data-testid='add-type']").Click();
        cut.FindAll("[data-testid^='type-row-']")[^1].QuerySelector("[data-testid='type-name']")!.Change("crm_id");
        cut.Find("[data-testid='type-row-crm_id'] [data-testid='type-keys']").Change("traits.crm_id, context.traits.crm_id");
        cut.Find("[data-testid='type-row-crm_id'] [data-testid='type-limit']").Change("3");
        cut.Find("[data-testid='save-rules']").Click();

        cut.WaitForAssertion(() => Assert.Single(_rules.Saved), Patience);
        var crm = _rules.Saved[0].Types[^1];
        Assert.Equal(("crm_id", 3, IdentifierNormalizations.Trim, true, false), (crm.Type, crm.Limit, crm.Normalization, crm.Enabled, crm.BuiltIn));
        Assert.Equal(["traits.crm_id", "context.traits.crm_id"], crm.Keys);
    }

    [Fact]
    public void DeleteType_Custom_RemovesTheRow()
    {
        _rules.Rules = FakeIdentityRulesApi.Defaults() with
        {
            Types = [.. FakeIdentityRulesApi.Defaults().Types, new("crm_id", 5, ["traits.crm_id"], IdentifierNormalizations.Trim)],
        };
        var cut = Loaded(RenderTab());

        cut.Find("[data-testid='delete-crm_id']").Click();

        Assert.DoesNotContain("crm_id", TypeOrder(cut));
        Assert.False(cut.Find("[data-testid='save-rules']").HasAttribute("disabled"));
    }

    [Fact]
    public void BlockedValues_AddOneRemoveOne_SavesTheEditedList()
    {
        var cut = Loaded(RenderTab());

        cut.Find("[data-testid='blocked-input']").Input("/^demo-/");
        cut.Find("[data-testid='add-blocked']").Click();
        cut.FindAll("[data-testid='blocked-value']").Single(c => c.TextContent.Trim() == "anonymous")
            .QuerySelector(".mud-chip-close-button")!.Click();
        cut.Find("[data-testid='save-rules']").Click();

        cut.WaitForAssertion(() => Assert.Single(_rules.Saved), Patience);
        Assert.Equal(["null", "test@test.com", "/^(info|team)@/", "/^demo-/"], _rules.Saved[0].BlockedValues);
    }

    [Fact]
    public void BlockedValues_AddExistingValueInOtherCase_IsRefused()
    {
        var cut = Loaded(RenderTab());

        cut.Find("[data-testid='blocked-input']").Input("NULL");
        cut.Find("[data-testid='add-blocked']").Click();

        Assert.Equal(4, cut.FindAll("[data-testid='blocked-value']").Count);
        Assert.Contains("already blocked", cut.Find("[data-testid='blocked-values'] + div").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ServerRefuses_ShowsTheError()
    {
        _rules.GetError = new ApiException(503, "The database is not reachable.");

        var cut = RenderTab();

        cut.WaitForAssertion(() => Assert.Contains("The database is not reachable.",
            cut.Find("[data-testid='rules-load-error']").TextContent, StringComparison.Ordinal), Patience);
        Assert.Empty(cut.FindAll("[data-testid='identity-types']"));
    }
}
