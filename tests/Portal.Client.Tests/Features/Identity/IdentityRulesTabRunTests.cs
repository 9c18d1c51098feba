using Bunit;
using Lodestar.Portal.Client.Features.Identity;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;

namespace Lodestar.Portal.Client.Tests.Features.Identity;

/// <summary>Dry runs, saving, resetting and the rebuild that follows.</summary>
public sealed class IdentityRulesTabRunTests : IdentityRulesTestBase
{
    private static RulesDryRunDto Changes() => new(260_000, 5_000, 4_870, 140, 10, 25, 3,
        [
            new(RulesDryRunKinds.Merge, [new(12, "Ada Lovelace"), new(40, "Charles Babbage")], []),
            new(RulesDryRunKinds.Split, [new(7, "Joe")], [["user_id: joe", "email: joe@example.com"], ["email: joe@work.example"]]),
        ],
        12.34);

    [Fact]
    public void DryRun_Running_ShowsProgressWithTheEditedRules()
    {
        _rules.DryRunGate = new TaskCompletionSource();
        var cut = Loaded(RenderTab());
        cut.Find("[data-testid='move-down-email']").Click();

        cut.Find("[data-testid='dry-run']").Click();

        Assert.Contains("Resolving every stored event with these rules…", cut.Find("[data-testid='rules-progress']").TextContent, StringComparison.Ordinal);
        Assert.True(cut.Find("[data-testid='dry-run']").HasAttribute("disabled"));
        Assert.Equal("phone", Assert.Single(_rules.DryRuns).Types[1].Type);
        cut.InvokeAsync(() => _rules.DryRunGate.SetResult());
        cut.WaitForElement("[data-testid='dry-run-result']", Patience);
        Assert.Empty(cut.FindAll("[data-testid='rules-progress']"));
    }

    [Fact]
    public void DryRun_Changes_ShowsCountsAndExamplesWithProfileLinks()
    {
        _rules.DryRunResult = Changes();
        var cut = Loaded(RenderTab());

        cut.Find("[data-testid='dry-run']").Click();

        var result = cut.WaitForElement("[data-testid='dry-run-result']", Patience).TextContent;
        Assert.Contains($"{5_000:N0} → {4_870:N0}", result, StringComparison.Ordinal);
        Assert.Contains($"{260_000:N0}", result, StringComparison.Ordinal);
        Assert.Contains("140", result, StringComparison.Ordinal);
        Assert.Contains($"{12.3:0.0} s", result, StringComparison.Ordinal);
        var merge = cut.Find("[data-testid='dry-run-merge']");
        Assert.Contains("Ada Lovelace", merge.TextContent, StringComparison.Ordinal);
        Assert.Contains("would become one", merge.TextContent, StringComparison.Ordinal);
        Assert.Equal(["profiles/12", "profiles/40"], merge.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        var split = cut.Find("[data-testid='dry-run-split']");
        Assert.Contains("would split into", split.TextContent, StringComparison.Ordinal);
        Assert.Equal("profiles/7", split.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal([2, 1], cut.FindAll("[data-testid='split-group']").Select(g => g.QuerySelectorAll(".mud-chip").Length));
        Assert.Empty(cut.FindAll("[data-testid='dry-run-nothing']"));
    }

    [Fact]
    public void DryRun_NothingChanges_SaysSoPlainly()
    {
        var cut = Loaded(RenderTab());

        cut.Find("[data-testid='dry-run']").Click();

        Assert.Contains("Nothing would change", cut.WaitForElement("[data-testid='dry-run-nothing']", Patience).TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='dry-run-examples']"));
    }

    [Fact]
    public void Edit_NoDryRunSince_HintsAtDryRunAndMarksTheOldResultStale()
    {
        var cut = Loaded(RenderTab());
        cut.Find("[data-testid='move-down-email']").Click();
        Assert.NotNull(cut.Find("[data-testid='dry-run-hint']"));

        cut.Find("[data-testid='dry-run']").Click();
        cut.WaitForElement("[data-testid='dry-run-result']", Patience);
        Assert.Empty(cut.FindAll("[data-testid='dry-run-hint']"));
        Assert.Empty(cut.FindAll("[data-testid='dry-run-stale']"));

        cut.Find("[data-testid='move-down-email']").Click();
        Assert.NotNull(cut.Find("[data-testid='dry-run-hint']"));
        Assert.NotNull(cut.Find("[data-testid='dry-run-stale']"));
        Assert.False(cut.Find("[data-testid='save-rules']").HasAttribute("disabled"));
    }

    [Fact]
    public void Save_Accepted_FollowsTheRebuildJobToSuccess()
    {
        var cut = Loaded(RenderTab());
        cut.Find("[data-testid='move-down-email']").Click();

        cut.Find("[data-testid='save-rules']").Click();

        cut.WaitForAssertion(() => Assert.Contains(Snackbar.ShownSnackbars, s => s.Message == "Profiles rebuilt with the new rules"), Patience);
        Assert.Equal(["rebuild-1", "rebuild-1"], _jobs.Polled);
        Assert.Empty(cut.FindAll("[data-testid='rules-progress']"));
        Assert.Empty(cut.FindAll("[data-testid='rules-default']"));
        Assert.True(cut.Find("[data-testid='save-rules']").HasAttribute("disabled"));
        Assert.Equal(["user_id", "phone", "email", "device_id", "anonymous_id"], TypeOrder(cut));
    }

    [Fact]
    public void Save_RebuildFails_SaysTheRulesAreSavedButTheRebuildFailed()
    {
        _jobs.Failure = "disk full";
        var cut = Loaded(RenderTab());
        cut.Find("[data-testid='move-down-email']").Click();

        cut.Find("[data-testid='save-rules']").Click();

        cut.WaitForAssertion(() => Assert.Contains("disk full", cut.Find("[data-testid='rebuild-error']").TextContent, StringComparison.Ordinal), Patience);
        Assert.Empty(Snackbar.ShownSnackbars);
    }

    [Fact]
    public void Save_ValidationErrors_ShownNextToTheFormAndEditsKept()
    {
        _rules.SendError = new ApiException(400, "The rules were not saved.", new Dictionary<string, string[]>
        {
            ["types[5]"] = ["'crm id' is not a usable type name: use 1–64 lower-case letters, digits or underscores."],
            ["defaultRegion"] = ["'XX' is not a region phone numbers can be read in."],
        });
        var cut = Loaded(RenderTab());
        cut.Find("[data-testid='add-type']").Click();
        cut.FindAll("[data-testid^='type-row-']")[^1].QuerySelector("[data-testid='type-name']")!.Change("crm id");
        cut.Find("[data-testid='type-row-crm id'] [data-testid='type-keys']").Change("traits.crm");

        cut.Find("[data-testid='save-rules']").Click();

        var errors = cut.WaitForElement("[data-testid='rules-errors']", Patience).TextContent;
        Assert.Contains("The rules were not saved.", errors, StringComparison.Ordinal);
        Assert.Contains("Identifier type crm id", errors, StringComparison.Ordinal);
        Assert.Contains("Default phone region", errors, StringComparison.Ordinal);
        Assert.Contains("not a usable type name", cut.Find("[data-testid='type-error']").TextContent, StringComparison.Ordinal);
        Assert.Equal("traits.crm", cut.Find("[data-testid='type-row-crm id'] [data-testid='type-keys']").GetAttribute("value"));
        Assert.Equal(6, TypeOrder(cut).Count);
        Assert.False(cut.Find("[data-testid='save-rules']").HasAttribute("disabled"));
        Assert.Empty(_jobs.Polled);
    }

    [Fact]
    public void Reset_Confirmed_ResetsAndFollowsTheRebuild()
    {
        _rules.Rules = FakeIdentityRulesApi.Defaults() with { DefaultRegion = "GB", IsDefault = false };
        var cut = Loaded(RenderTab());

        cut.Find("[data-testid='reset-rules']").Click();
        cut.WaitForAssertion(() => cut.FindAll("button").Single(b => b.TextContent.Trim() == "Reset and rebuild").Click(), Patience);

        cut.WaitForAssertion(() => Assert.Equal(1, _rules.Resets), Patience);
        cut.WaitForAssertion(() => Assert.Contains(Snackbar.ShownSnackbars, s => s.Message?.StartsWith("Profiles rebuilt", StringComparison.Ordinal) == true), Patience);
        Assert.Equal("reset-1", _jobs.Polled[^1]);
        Assert.NotNull(cut.Find("[data-testid='rules-default']"));
    }

    [Fact]
    public void Reset_Cancelled_ChangesNothing()
    {
        var cut = Loaded(RenderTab());

        cut.Find("[data-testid='reset-rules']").Click();
        cut.WaitForAssertion(() => cut.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click(), Patience);

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-dialog")), Patience);
        Assert.Equal(0, _rules.Resets);
        Assert.Empty(_jobs.Polled);
    }
}
