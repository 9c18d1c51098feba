using Bunit;
using Lodestar.Portal.Client.Features.Funnels;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Plotly.Blazor.Interop;

namespace Lodestar.Portal.Client.Tests.Features.Funnels;

public sealed class FunnelResultsTests : FunnelsTestBase
{
    private static readonly FunnelBreakdownGroupDto Google = new() { Value = "google", Steps = FakeFunnelsApi.Steps(600, 300, 90) };
    private static readonly FunnelBreakdownGroupDto Other = new() { Value = "Other", IsOther = true, Steps = FakeFunnelsApi.Steps(400, 100, 10) };

    [Fact]
    public void Run_Result_ShowsCountsConversionsDropOffAndTimes()
    {
        var cut = RenderPage(Funnel("Landing", "Signed Up", "Order Completed"));

        cut.WaitForElement("[data-testid='funnel-steps']", Patience);
        Assert.Equal(["1,000", "400", "100"], Texts(cut, "step-count"));
        Assert.Equal(["—", "40.0 %", "10.0 %"], Texts(cut, "step-from-first"));
        Assert.Equal(["—", "40.0 %", "25.0 %"], Texts(cut, "step-from-previous"));
        Assert.Equal(["—", "600", "300"], Texts(cut, "step-dropped"));
        Assert.Equal(["—", "1.5 min", "1.5 d"], Texts(cut, "step-median"));
        Assert.Equal(["—", "1.5 h", "7 d"], Texts(cut, "step-p90"));
        Assert.Equal("Computed 2026-05-04 11:58:30 UTC · 123,456 events read", Flat(cut.Find("[data-testid='funnel-computed']").TextContent));
        Assert.Equal("properties.revenue: sum 4,500.50, average 50.01 over 90 conversions", Flat(cut.Find("[data-testid='funnel-value']").TextContent));
        Assert.Empty(cut.FindAll("[data-testid='funnel-empty']"));
    }

    [Fact]
    public void Run_WhileTheQueryRuns_ShowsProgressThenTheResult()
    {
        var answer = new TaskCompletionSource<FunnelResultDto>();
        _funnels.Answer = (_, _) => answer.Task;

        var cut = RenderPage(Funnel("Landing", "Signed Up", "Order Completed"));

        cut.WaitForElement("[data-testid='funnel-running']", Patience);
        Assert.True(cut.Find("[data-testid='funnel-run']").HasAttribute("disabled"));
        answer.SetResult(FakeFunnelsApi.Result());
        cut.WaitForElement("[data-testid='funnel-steps']", Patience);
        Assert.Empty(cut.FindAll("[data-testid='funnel-running']"));
    }

    [Fact]
    public void Hover_Steps_SayTheCountAndBothConversions()
    {
        var steps = FakeFunnelsApi.Steps(1_000, 400, 100);

        Assert.Equal("<b>1. Landing</b><br>1,000 people<br>entered the funnel", FunnelChartData.Hover("", steps[0], "people"));
        Assert.Equal("<b>3. Order Completed</b> · google<br>100 conversions<br>10.0 % of step 1<br>25.0 % of the previous step",
            FunnelChartData.Hover("google", steps[2], "conversions"));
    }

    [Fact]
    public void Traces_WithBreakdown_OneBarGroupPerValue()
    {
        var traces = FunnelChartData.Traces(FakeFunnelsApi.Result(Google, Other), "people");

        Assert.Equal(["google", "Other"], traces.Cast<Plotly.Blazor.Traces.Bar>().Select(t => t.Name));
        Assert.Equal([600L, 300L, 90L], ((Plotly.Blazor.Traces.Bar)traces[0]).Y!.Cast<long>());
    }

    [Fact]
    public void Clicked_BarsWithAndWithoutBreakdown_MapToStepOutcomeAndValue()
    {
        var plain = FakeFunnelsApi.Result();
        var split = FakeFunnelsApi.Result(Google, Other);

        Assert.Equal(new FunnelStepClick(2, FunnelOutcome.Converted), FunnelChartData.Clicked(plain, new EventDataPoint { TraceIndex = 0, PointIndex = 1 }));
        Assert.Equal(new FunnelStepClick(3, FunnelOutcome.DroppedOff), FunnelChartData.Clicked(plain, new EventDataPoint { TraceIndex = 1, PointIndex = 2 }));
        Assert.Equal(new FunnelStepClick(3, FunnelOutcome.Converted, "Other"), FunnelChartData.Clicked(split, new EventDataPoint { TraceIndex = 1, PointIndex = 2 }));
        Assert.Null(FunnelChartData.Clicked(plain, new EventDataPoint { TraceIndex = 0, PointIndex = 7 }));
    }

    [Fact]
    public void TableFor_BreakdownValue_ShowsThatValuesSteps()
    {
        _funnels.Answer = (_, _) => Task.FromResult(FakeFunnelsApi.Result(Google, Other));
        var query = Funnel("Landing", "Signed Up", "Order Completed");
        query.Breakdown = new FunnelBreakdownDto { Property = "context.campaign.source" };
        var cut = RenderPage(query);
        cut.WaitForElement("[data-testid='funnel-steps']", Patience);
        Assert.Equal(["1,000", "400", "100"], Texts(cut, "step-count"));

        Pick(cut, "funnel-group", "context.campaign.source = google");

        cut.WaitForAssertion(() => Assert.Equal(["600", "300", "90"], Texts(cut, "step-count")), Patience);
        Assert.Equal(["—", "50.0 %", "30.0 %"], Texts(cut, "step-from-previous"));
    }

    [Fact]
    public async Task Render_LinkAfterRun_ShowsAndRunsTheSameFunnel()
    {
        var cut = RenderPage();
        Choose(cut, "step-event", "Pricing Viewed", 0);
        Choose(cut, "step-event", "Signed Up", 1);
        Run(cut);
        LastQuery(cut);
        var navigation = Services.GetRequiredService<NavigationManager>();
        var link = FunnelLink.Decode(new Uri(navigation.Uri).Query.TrimStart('?').Split('=', 2)[1]);
        Assert.Equal(["Pricing Viewed", "Signed Up"], link!.Steps.Select(s => s.Event));

        await DisposeComponentsAsync();

        var again = RenderWithPopovers<FunnelsPage>();

        again.WaitForAssertion(() => Assert.Equal(2, _funnels.Queries.Count), Patience);
        Assert.Equal(["Pricing Viewed", "Signed Up"], _funnels.Queries[^1].Steps.Select(s => s.Event));
        Assert.Equal(["Pricing Viewed", "Signed Up"], again.FindAll("input[data-testid='step-event']").Select(i => i.GetAttribute("value")));
    }

    [Theory]
    [InlineData("not-a-funnel")]
    [InlineData("eyJzdGVwcyI6bnVsbH0")] // {"steps":null}
    [InlineData("eyJzdGVwcyI6W3siZXZlbnQiOiJBIiwiZmlsdGVycyI6W251bGxdfV19")] // {"steps":[{"event":"A","filters":[null]}]}
    public void Render_UnreadableLink_SaysSoAndStartsANewFunnel(string link)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("funnels?q=" + link);

        var cut = RenderWithPopovers<FunnelsPage>();

        Assert.Contains("could not be read", cut.Find("[data-testid='funnel-link-error']").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, cut.FindAll("[data-testid='step']").Count);
        Assert.Empty(_funnels.Queries);
    }

    [Fact]
    public void NewFunnel_AfterALink_StartsEmptyAtTheBareAddress()
    {
        var cut = RenderPage(Funnel("Landing", "Signed Up"));
        cut.WaitForElement("[data-testid='funnel-steps']", Patience);

        cut.Find("[data-testid='funnel-new']").Click();

        Assert.Equal("/funnels", CurrentPath);
        Assert.Equal(["", ""], cut.FindAll("input[data-testid='step-event']").Select(i => i.GetAttribute("value") ?? ""));
        Assert.NotNull(cut.Find("[data-testid='funnel-empty']"));
    }

    [Fact]
    public void Link_Query_RoundTripsEverySetting()
    {
        var query = Funnel("Landing", "Signed Up");
        query.Steps[1].Window = new FunnelWindowDto { Value = 3, Unit = FunnelWindowUnit.Hour };
        query.Breakdown = new FunnelBreakdownDto { Source = FunnelBreakdownSource.Profile, Property = "country" };
        query.Trend = FunnelInterval.Week;

        var copy = FunnelLink.Decode(FunnelLink.Encode(query))!;

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(query), System.Text.Json.JsonSerializer.Serialize(copy));
        Assert.DoesNotContain('+', FunnelLink.Encode(query));
    }

    [Theory]
    [InlineData(45.4, "45 s")]
    [InlineData(90, "1.5 min")]
    [InlineData(1_800, "30 min")]
    [InlineData(36 * 3_600, "1.5 d")]
    [InlineData(15 * 86_400, "15 d")]
    public void DurationText_Seconds_ReadInTheLargestFittingUnit(double seconds, string expected) =>
        Assert.Equal(expected, DurationText.Of(seconds));
}
