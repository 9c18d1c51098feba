using Bunit;
using Lodestar.Portal.Client.Features.Jobs;
using Lodestar.Portal.Client.Features.Privacy.Retention;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Lodestar.Portal.Client.Tests.Features.Privacy.Retention;

public sealed class RetentionTabTests : BunitContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);
    private static readonly DateTime Monday = new(2026, 3, 2, 4, 0, 0, DateTimeKind.Utc);

    private readonly FakeRetentionApi _retention = new();
    private readonly FakeJobsApi _jobs = new() { PollsUntilDone = 1 };

    public RetentionTabTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<IRetentionApi>(_retention);
        Services.AddSingleton<IJobsApi>(_jobs);
        Services.AddSignedIn("admin@localhost", PortalRoles.Admin);
        Renderer.SetRendererInfo(new RendererInfo("Server", true));
    }

    [Fact]
    public void Render_SettingsAndReports_EveryClassWithItsLimitAndTheLatestReport()
    {
        _retention.Reports.AddRange([FakeRetentionApi.Report(2, Monday.AddDays(1), 0), FakeRetentionApi.Report(1, Monday, 1_500)]);

        var cut = Render(PageTree.WithProviders<RetentionTab>());

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("[data-testid='retention-limits'] tbody tr").Count), Patience);
        Assert.True(Switch(cut, "events").HasAttribute("checked"));
        Assert.False(Switch(cut, "raw-messages").HasAttribute("checked"));
        Assert.Equal("30", cut.Find("input[data-testid='retention-days-raw-messages']").GetAttribute("value"));
        Assert.Contains("2026-03-03 04:00:00", cut.Find("[data-testid='retention-report-title']").TextContent);
        Assert.Equal(["30 days", "forever"], cut.FindAll("[data-testid='retention-line-limit']").Select(e => e.TextContent.Trim()));
        Assert.Equal(2, cut.FindAll("[data-testid='retention-history-row']").Count);
    }

    [Fact]
    public void Save_LimitChanged_SendsEveryClassForeverAsNullAndShowsWhoSaved()
    {
        var cut = Render(PageTree.WithProviders<RetentionTab>());
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("[data-testid='retention-limits'] tbody tr").Count), Patience);
        Assert.True(cut.Find("[data-testid='retention-save']").HasAttribute("disabled"));

        Switch(cut, "events").Change(false);
        cut.Find("input[data-testid='retention-days-events']").Input("400");
        cut.Find("[data-testid='retention-save']").Click();

        cut.WaitForAssertion(() => Assert.Single(_retention.Saved), Patience);
        Assert.Equal([("events", (int?)400), ("raw-messages", 30), ("crm-activities", null), ("destination-ledgers", null)],
            _retention.Saved[0].Classes!.Select(c => (c!.Class!, c.Days)));
        cut.WaitForAssertion(() => Assert.Contains("Saved by admin@localhost", cut.Find("[data-testid='retention-saved-by']").TextContent), Patience);
        Assert.True(cut.Find("[data-testid='retention-save']").HasAttribute("disabled"));
    }

    [Fact]
    public void Save_Refused_ShowsTheMessageUnderThatClass()
    {
        _retention.SaveError = new ApiException(400, "Keep between 1 and 3,650 days.",
            new Dictionary<string, string[]> { ["classes[1].days"] = ["Keep between 1 and 3,650 days, or null to keep forever; 5000 is not."] });
        var cut = Render(PageTree.WithProviders<RetentionTab>());
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("[data-testid='retention-limits'] tbody tr").Count), Patience);

        cut.Find("input[data-testid='retention-days-raw-messages']").Input("60");
        cut.Find("[data-testid='retention-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Keep between 1 and 3,650 days, or null to keep forever; 5000 is not.",
            PageTree.ErrorUnder(cut, "retention-days-raw-messages")), Patience);
        Assert.Single(cut.FindAll(".mud-input-helper-text.mud-input-error"));
    }

    [Fact]
    public void Render_EveryClassForever_SaysNothingIsPurgedAndHowToChooseALimit()
    {
        _retention.Settings = _retention.Settings with { Classes = _retention.Settings.Classes.Select(c => c with { Days = null }).ToList() };

        var cut = Render(PageTree.WithProviders<RetentionTab>());

        cut.WaitForAssertion(() => Assert.Contains("purges nothing", cut.Find("[data-testid='retention-all-forever']").TextContent), Patience);
        Assert.Empty(cut.FindAll("input[data-testid^='retention-days-']"));
        Assert.Equal("kept forever", cut.Find("[data-testid='retention-kept-events']").TextContent.Trim());
        Assert.Contains("Set a limit above", cut.Find("[data-testid='retention-no-report']").TextContent);

        Switch(cut, "events").Change(false);

        Assert.Equal("365", cut.Find("input[data-testid='retention-days-events']").GetAttribute("value"));
    }

    [Fact]
    public void RunNow_Finished_StartsRetentionAndShowsTheNewReport()
    {
        var cut = Render(PageTree.WithProviders<RetentionTab>());
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='retention-no-report']")), Patience);
        _retention.Reports.Add(FakeRetentionApi.Report(1, Monday, 1_500));

        cut.Find("[data-testid='retention-run']").Click();

        cut.WaitForAssertion(() => Assert.Equal("1,500", cut.Find("[data-testid='retention-line-purged']").TextContent.Trim()), Patience);
        Assert.Equal(["retention"], _jobs.Started);
    }

    [Fact]
    public void HistoryRow_Clicked_ShowsThatRunsReport()
    {
        _retention.Reports.AddRange([FakeRetentionApi.Report(2, Monday.AddDays(1), 0), FakeRetentionApi.Report(1, Monday, 1_500)]);
        var cut = Render(PageTree.WithProviders<RetentionTab>());
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid='retention-history-row']").Count), Patience);
        Assert.Equal("0", cut.Find("[data-testid='retention-line-purged']").TextContent.Trim());

        cut.FindAll("[data-testid='retention-history-row']")[1].Click();

        cut.WaitForAssertion(() => Assert.Equal("1,500", cut.Find("[data-testid='retention-line-purged']").TextContent.Trim()), Patience);
    }

    private static AngleSharp.Dom.IElement Switch(IRenderedComponent<IComponent> cut, string key) =>
        cut.Find($"input[data-testid='retention-forever-{key}']");
}
