using Bunit;
using Lodestar.Portal.Client.Features.Insights;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.Features.Paths;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace Lodestar.Portal.Client.Tests.Features.Insights;

public sealed class DashboardPageTests : PathsTestBase
{
    private IRenderedComponent<IComponent> RenderPage() => RenderWithPopovers<DashboardPage>();

    [Fact]
    public void Render_NoInsights_SaysHowToAddOne()
    {
        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Contains("Save to dashboard", cut.Find("[data-testid='dashboard-empty']").TextContent, StringComparison.Ordinal), Patience);
        Assert.Equal(["paths", "funnels"], cut.FindAll("[data-testid='dashboard-empty'] a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Render_StoredResults_DrawsThemWithWhenTheyWereComputedWithoutRecomputing()
    {
        _insights.Add(FakeInsightsApi.Paths(1, "Home journeys", FakePathsApi.Sample(), StoppedClock.Now.AddHours(-3)), DashboardItemSize.Large);
        _insights.Add(FakeInsightsApi.Paths(2, "Search journeys", FakePathsApi.Sample(), StoppedClock.Now.AddMinutes(-5)));

        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Equal(["Home journeys", "Search journeys"], Texts(cut, "insight-name")), Patience);
        Assert.Equal(["Computed 3 h ago (2026-05-04 09:00 UTC)", "Computed 5 min ago (2026-05-04 11:55 UTC)"], Texts(cut, "insight-computed"));
        Assert.Empty(_insights.Refreshed);
        var chart = cut.FindComponents<PlotlyChart>()[0].Instance;
        Assert.Equal(["Home", "Product", "Search", "Cart"], Assert.IsType<Sankey>(Assert.Single(chart.Data)).Node.Label);
        Assert.Equal("After Home, 3 steps, 2026-04-01 to 2026-04-30", chart.Layout.Title.Text);
        Assert.Contains("mud-grid-item-md-12", cut.FindAll("[data-testid='insight-card']")[0].ParentElement!.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void Refresh_Clicked_ShowsProgressThenTheNewTime()
    {
        _insights.Add(FakeInsightsApi.Paths(1, "Home journeys", FakePathsApi.Sample(), StoppedClock.Now.AddDays(-2)));
        _insights.Hold();
        var cut = RenderPage();
        cut.WaitForElement("[data-testid='insight-refresh']", Patience);

        cut.Find("[data-testid='insight-refresh']").Click();

        cut.WaitForElement("[data-testid='insight-refreshing']", Patience);
        Assert.Equal("Computing…", cut.Find("[data-testid='insight-computed']").TextContent.Trim());
        _insights.Release();
        cut.WaitForAssertion(() => Assert.Equal("Computed just now (2026-05-04 12:00 UTC)", cut.Find("[data-testid='insight-computed']").TextContent.Trim()), Patience);
        Assert.Equal([1L], _insights.Refreshed);
    }

    [Fact]
    public void Render_NeverComputed_RefreshesItOnce()
    {
        _insights.Add(FakeInsightsApi.Paths(1, "New chart", null, null));

        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Equal("Computed just now (2026-05-04 12:00 UTC)", cut.Find("[data-testid='insight-computed']").TextContent.Trim()), Patience);
        Assert.Equal([1L], _insights.Refreshed);
        cut.WaitForElement("[data-testid='path-sankey']", Patience);
    }

    [Fact]
    public void Refresh_Fails_ShowsWhyOnTheCard()
    {
        _insights.Add(FakeInsightsApi.Paths(1, "Home journeys", FakePathsApi.Sample(), StoppedClock.Now.AddDays(-2)));
        _insights.RefreshError = new ApiException(400, "The date range can be at most 731 days.");
        var cut = RenderPage();
        cut.WaitForElement("[data-testid='insight-refresh']", Patience);

        cut.Find("[data-testid='insight-refresh']").Click();

        cut.WaitForAssertion(() => Assert.Equal("The date range can be at most 731 days.", cut.Find("[data-testid='insight-error']").TextContent.Trim()), Patience);
        Assert.Equal("Computed 2 d ago (2026-05-02 12:00 UTC)", cut.Find("[data-testid='insight-computed']").TextContent.Trim());
    }

    [Fact]
    public void Arrange_MoveLaterAndDelete_SavesTheNewOrder()
    {
        _insights.Add(FakeInsightsApi.Paths(1, "First", FakePathsApi.Sample(), StoppedClock.Now));
        _insights.Add(FakeInsightsApi.Paths(2, "Second", FakePathsApi.Sample(), StoppedClock.Now));
        _insights.Add(FakeInsightsApi.Paths(3, "Third", FakePathsApi.Sample(), StoppedClock.Now));
        var cut = RenderPage();
        cut.WaitForAssertion(() => Assert.Equal(3, Texts(cut, "insight-name").Length), Patience);

        OpenMenu(cut, 0);
        cut.Find(".mud-popover-open [data-testid='insight-later']").Click();
        cut.WaitForAssertion(() => Assert.Equal(["Second", "First", "Third"], Texts(cut, "insight-name")), Patience);
        OpenMenu(cut, 2);
        cut.Find(".mud-popover-open [data-testid='insight-delete']").Click();
        cut.WaitForAssertion(() => Assert.Contains("“Third” is deleted for good", cut.Find(".mud-dialog").TextContent, StringComparison.Ordinal), Patience);
        Assert.Equal(3, Texts(cut, "insight-name").Length);
        cut.FindAll(".mud-dialog button").First(b => b.TextContent.Trim() == "Delete").Click();

        cut.WaitForAssertion(() => Assert.Equal(["Second", "First"], Texts(cut, "insight-name")), Patience);
        Assert.Equal([2L, 1L], _insights.Items.Select(i => i.InsightId));
    }

    private static void OpenMenu(IRenderedComponent<IComponent> cut, int card) =>
        cut.FindAll("[data-testid='insight-card']")[card].QuerySelector(".mud-menu button")!.Click();
}
