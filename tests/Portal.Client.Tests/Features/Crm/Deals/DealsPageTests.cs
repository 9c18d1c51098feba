using Bunit;
using Lodestar.Portal.Client.Features.Crm.Deals;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Portal.Client.Tests.Features.Crm.Deals;

public sealed class DealsPageTests() : CrmTestBase(PortalRoles.Marketer)
{
    [Fact]
    public void Render_Marketer_SeesTheBoardButCannotCreateOrDrag()
    {
        _deals.Deals.Add(FakeDealsApi.Deal(1, "Acme renewal", FakePipelinesApi.Sales.Stages[0]));

        var cut = RenderWithPopovers<DealsPage>();

        cut.WaitForElement("[data-testid='deal-card-1']", Patience);
        Assert.Empty(cut.FindAll("[data-testid='deal-new']"));
        Assert.Contains("disabled", cut.Find("[data-testid='deal-card-1']").Closest(".mud-drop-item")!.ClassList);
    }

    [Fact]
    public void Render_NoDeals_SaysWhereTheFirstOneStarts()
    {
        var cut = RenderWithPopovers<DealsPage>();

        cut.WaitForAssertion(() => Assert.Contains("it starts in Qualified", cut.Find("[data-testid='board-empty']").TextContent), Patience);
    }

    [Fact]
    public void Render_ListView_ShowsTheDealsOfThePipeline()
    {
        _deals.Deals.Add(FakeDealsApi.Deal(1, "Acme renewal", FakePipelinesApi.Sales.Stages[1]));

        Services.GetRequiredService<NavigationManager>().NavigateTo("crm/deals?view=list");

        var cut = RenderWithPopovers<DealsPage>();

        cut.WaitForAssertion(() => Assert.Equal("Acme renewal", cut.Find("[data-testid='deal-row-name']").TextContent), Patience);
        Assert.Equal("Proposal", cut.Find("[data-testid='deal-stage']").TextContent.Trim());
        Assert.Equal(1L, _deals.Queries[^1].PipelineId);
    }

    [Fact]
    public void ApplySavedView_OfAnotherPipeline_ShowsThatPipelinesListWithTheViewsFilters()
    {
        _pipelines.Pipelines.Add(new PipelineDto(2, "Partners", [new StageDto(9, "Intro", 20, "open")]));
        _deals.Deals.Add(FakeDealsApi.Deal(1, "Acme renewal", FakePipelinesApi.Sales.Stages[1]));
        _deals.Deals.Add(FakeDealsApi.Deal(2, "Reseller intro", new StageDto(9, "Intro", 20, "open"), pipelineId: 2));
        _views.Views.Add(FakeSavedViewsApi.View(1, "deals", "Open partner deals", """{"q":"intro","pipelineId":2,"outcome":"open","sort":"-amount"}""", mine: false));
        Services.GetRequiredService<NavigationManager>().NavigateTo("crm/deals?view=list");
        var cut = RenderWithPopovers<DealsPage>();
        cut.WaitForAssertion(() => Assert.Equal("Acme renewal", cut.Find("[data-testid='deal-row-name']").TextContent), Patience);

        cut.Find("[data-testid='saved-views'] button").Click();
        cut.WaitForElement("[data-testid='saved-view-apply']", Patience).Click();

        cut.WaitForAssertion(() => Assert.Equal("Reseller intro", cut.Find("[data-testid='deal-row-name']").TextContent), Patience);
        Assert.EndsWith("crm/deals?pipeline=2&view=list", CurrentPath, StringComparison.Ordinal);
        var query = _deals.Queries[^1];
        Assert.Equal(("intro", 2L, "open", "-amount"), (query.Q, query.PipelineId, query.Outcome, query.Sort));
        cut.WaitForAssertion(() => Assert.Equal("Open partner deals", cut.Find("[data-testid='saved-views'] button").TextContent.Trim()), Patience);
    }
}
