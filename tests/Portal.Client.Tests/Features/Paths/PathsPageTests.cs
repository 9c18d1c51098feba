using System.Text.Json;
using Bunit;
using Lodestar.Portal.Client.Features.Insights;
using Lodestar.Portal.Client.Features.Paths;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace Lodestar.Portal.Client.Tests.Features.Paths;

public sealed class PathsPageTests : PathsTestBase
{
    private IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> RenderPage()
    {
        var cut = RenderWithPopovers<PathsPage>();
        cut.WaitForElement("[data-testid='paths-run']", Patience);
        return cut;
    }

    [Fact]
    public void Run_Defaults_AsksForTheMostFrequentEventOverTheLast30Days()
    {
        var cut = RenderPage();
        cut.Find("[data-testid='paths-run']").Click();

        cut.WaitForAssertion(() => Assert.Single(_paths.Queries), Patience);
        var query = _paths.Queries[0];
        Assert.Equal(("Order Completed", PathDirection.After, 3, 5), (query.Event, query.Direction, query.Depth, query.TopN));
        Assert.Equal((new DateOnly(2026, 4, 5), new DateOnly(2026, 5, 4)), (query.From, query.To));
    }

    [Fact]
    public void Run_Result_DrawsASankeyWithTitleAndPeopleOnHover()
    {
        var cut = RenderPage();
        Assert.Contains("Choose an event", cut.Find("[data-testid='paths-empty']").TextContent, StringComparison.Ordinal);

        cut.Find("[data-testid='paths-run']").Click();

        cut.WaitForElement("[data-testid='path-sankey']", Patience);
        var chart = cut.FindComponent<PlotlyChart>().Instance;
        var sankey = Assert.IsType<Sankey>(Assert.Single(chart.Data));
        Assert.Equal(["Home", "Product", "Search", "Cart"], sankey.Node.Label);
        Assert.Equal([80L, 20L, 30L], sankey.Link.Value);
        Assert.Contains("people", sankey.Link.HoverTemplate, StringComparison.Ordinal);
        // Plotly's own link colour contrasts with the transparent paper: white on white.
        Assert.Equal(["rgba(38,166,154,0.3)", "rgba(38,166,154,0.3)", "rgba(38,166,154,0.3)"], sankey.Link.ColorArray);
        Assert.Equal("After Order Completed: 3 steps of 120 people, 2026-04-05 to 2026-05-04", chart.Layout.Title.Text);
    }

    [Fact]
    public void Run_WhileWaiting_ShowsProgressAndDisablesTheButton()
    {
        _paths.Hold();
        var cut = RenderPage();

        cut.Find("[data-testid='paths-run']").Click();

        cut.WaitForElement("[data-testid='paths-running']", Patience);
        Assert.True(cut.Find("[data-testid='paths-run']").HasAttribute("disabled"));
        _paths.Release();
        cut.WaitForElement("[data-testid='path-sankey']", Patience);
        Assert.Empty(cut.FindAll("[data-testid='paths-running']"));
    }

    [Fact]
    public void Run_NobodyDidTheEvent_SaysSoInsteadOfAnEmptyChart()
    {
        _paths.Result = new PathResultDto { ComputedAt = StoppedClock.Now };
        var cut = RenderPage();

        cut.Find("[data-testid='paths-run']").Click();

        cut.WaitForAssertion(() => Assert.Contains("Nobody did Order Completed between 2026-04-05 and 2026-05-04",
            Flat(cut.Find("[data-testid='paths-none']").TextContent), StringComparison.Ordinal), Patience);
        Assert.Empty(cut.FindAll("[data-testid='path-sankey']"));
    }

    [Fact]
    public void Run_Refused_ShowsTheMessageAtTheField()
    {
        _paths.Error = new ApiException(400, "Show 1 to 20.", new Dictionary<string, string[]> { ["topN"] = ["Keep 1 to 20 events per step."] });
        var cut = RenderPage();

        cut.Find("[data-testid='paths-run']").Click();

        cut.WaitForAssertion(() => Assert.Equal(["Keep 1 to 20 events per step."], Problems(cut)), Patience);
        Assert.Contains("highlighted", cut.Find("[data-testid='paths-error']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Save_AfterRunning_SavesTheRunQueryToTheDashboard()
    {
        var cut = RenderPage();
        cut.Find("[data-testid='paths-run']").Click();
        cut.WaitForElement("[data-testid='insight-save']", Patience);

        cut.Find("input[data-testid='insight-save-name']").Change("Home journeys");
        cut.Find("[data-testid='insight-save']").Click();

        cut.WaitForAssertion(() => Assert.Contains("Saved as “Home journeys”", cut.Find("[data-testid='insight-saved']").TextContent, StringComparison.Ordinal), Patience);
        var saved = Assert.Single(_insights.Insights);
        Assert.Equal(("Home journeys", InsightKind.Paths), (saved.Name, saved.Kind));
        var query = saved.Query.Deserialize<PathQueryDto>(JsonSerializerOptions.Web)!;
        Assert.Equal(("Order Completed", 3), (query.Event, query.Depth));
        Assert.Equal("after", saved.Query.GetProperty("direction").GetString());
        Assert.Equal("dashboards", cut.Find("[data-testid='insight-saved'] a").GetAttribute("href"));
    }
}
