using Bunit;
using Lodestar.Portal.Client.Features.Funnels;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using Plotly.Blazor.Interop;

namespace Lodestar.Portal.Client.Tests.Features.Funnels;

public sealed class FunnelPeopleTests : FunnelsTestBase
{
    private IRenderedComponent<IComponent> RenderResults(FunnelQueryDto? query = null)
    {
        var cut = RenderPage(query ?? Funnel("Landing", "Signed Up", "Order Completed"));
        cut.WaitForElement("[data-testid='funnel-steps']", Patience);
        return cut;
    }

    [Fact]
    public void DroppedOffButton_Step2_ListsThePeopleWhoDroppedThere()
    {
        var cut = RenderResults();

        cut.FindAll("[data-testid='step-dropped-people']")[0].Click();

        cut.WaitForAssertion(() => Assert.Equal(25, cut.FindAll("[data-testid='person']").Count), Patience);
        var request = Assert.Single(_funnels.PeopleRequests);
        Assert.Equal((2, FunnelOutcome.DroppedOff, null, 0, 25), (request.Step, request.Outcome, request.BreakdownValue, request.Offset, request.Limit));
        Assert.Equal(["Landing", "Signed Up", "Order Completed"], request.Query.Steps.Select(s => s.Event));
        Assert.Equal("profiles/1000", cut.Find("[data-testid='person'] a").GetAttribute("href"));
        Assert.Equal("60 people", cut.Find("[data-testid='people-total']").TextContent.Trim());
        Assert.Equal("Step 2: Signed Up", cut.Find("[data-testid='people-title']").TextContent.Trim());
    }

    [Fact]
    public void People_SwitchToConvertedAndNextPage_AskForThem()
    {
        var cut = RenderResults();
        cut.FindAll("[data-testid='step-dropped-people']")[1].Click();
        cut.WaitForAssertion(() => Assert.Single(_funnels.PeopleRequests), Patience);

        cut.Find("[data-testid='people-converted']").Click();
        cut.WaitForAssertion(() => Assert.Equal(FunnelOutcome.Converted, _funnels.PeopleRequests[^1].Outcome), Patience);
        cut.Find(".mud-table-pagination-actions button[aria-label='Next page']").Click();

        cut.WaitForAssertion(() => Assert.Equal(25, _funnels.PeopleRequests[^1].Offset), Patience);
        Assert.Equal((3, FunnelOutcome.Converted), (_funnels.PeopleRequests[^1].Step, _funnels.PeopleRequests[^1].Outcome));
    }

    [Fact]
    public void ChartClick_BreakdownBar_AsksForThatValuesConvertedPeople()
    {
        _funnels.Answer = (_, _) => Task.FromResult(FakeFunnelsApi.Result(new FunnelBreakdownGroupDto { Value = "google", Steps = FakeFunnelsApi.Steps(600, 300, 90) }));
        var query = Funnel("Landing", "Signed Up", "Order Completed");
        query.Breakdown = new FunnelBreakdownDto { Property = "context.campaign.source" };
        var cut = RenderResults(query);
        var chart = cut.FindComponents<PlotlyChart>().Single(c => c.Instance.Id == "funnel-chart");

        cut.InvokeAsync(() => chart.Instance.ClickAction!([new EventDataPoint { TraceIndex = 0, PointIndex = 1 }]));

        cut.WaitForAssertion(() => Assert.Single(_funnels.PeopleRequests), Patience);
        var request = _funnels.PeopleRequests[0];
        Assert.Equal((2, FunnelOutcome.Converted, "google"), (request.Step, request.Outcome, request.BreakdownValue));
        Assert.Equal("context.campaign.source", request.Query.Breakdown!.Property);
    }

    [Fact]
    public void SaveAsSegment_NameAndDescription_SavesThePeopleAndLinksToTheSegment()
    {
        var cut = RenderResults();
        cut.FindAll("[data-testid='step-dropped-people']")[1].Click();
        var name = cut.WaitForElement("input[data-testid='people-segment-name']", Patience);
        Assert.Equal("Dropped off before Order Completed, 2026-04-01 to 2026-04-30", name.GetAttribute("value"));

        name.Change("Cart abandoners");
        cut.Find("textarea[data-testid='people-segment-description']").Change("Signed up, never ordered");
        cut.Find("[data-testid='people-save']").Click();

        cut.WaitForAssertion(() => Assert.Single(_funnels.SegmentRequests), Patience);
        var saved = _funnels.SegmentRequests[0];
        Assert.Equal(("Cart abandoners", "Signed up, never ordered", 3, FunnelOutcome.DroppedOff),
            (saved.Name, saved.Description, saved.People.Step, saved.People.Outcome));
        Assert.Equal(["Landing", "Signed Up", "Order Completed"], saved.People.Query.Steps.Select(s => s.Event));
        var snackbar = Snackbars.WaitForElement("[data-testid='people-saved']", Patience);
        Assert.Equal("segments/77", snackbar.QuerySelector("a")!.GetAttribute("href"));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='people-table']")), Patience);
    }

    [Fact]
    public void SaveAsSegment_ServerRefusesTheName_ShowsItUnderTheName()
    {
        _funnels.SaveError = new ApiException(400, "The segment is not valid.", new Dictionary<string, string[]> { ["name"] = ["A segment named 'x' exists."] });
        var cut = RenderResults();
        cut.FindAll("[data-testid='step-converted']")[0].Click();
        cut.WaitForElement("input[data-testid='people-segment-name']", Patience).Change("x");

        cut.Find("[data-testid='people-save']").Click();

        cut.WaitForAssertion(() => Assert.Contains("A segment named 'x' exists.", cut.Find(".mud-input-helper-text.mud-input-error").TextContent, StringComparison.Ordinal), Patience);
        Assert.NotEmpty(cut.FindAll("[data-testid='people-table']"));
    }
}
