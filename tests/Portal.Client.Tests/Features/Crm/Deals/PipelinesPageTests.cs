using Bunit;
using Lodestar.Portal.Client.Features.Crm.Deals;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.Features.Crm.Deals;

public sealed class PipelinesPageTests() : CrmTestBase(PortalRoles.Sales)
{
    [Fact]
    public void Save_RenamedAndReorderedStages_SendsThemInBoardOrderWithTheirIds()
    {
        var cut = RenderWithPopovers<PipelinesPage>();
        cut.WaitForElement("[data-testid='stage-row-1']", Patience);

        cut.FindAll("input[data-testid='stage-name']")[1].Change("Proposal sent");
        cut.Find("[data-testid='stage-row-1'] button[aria-label='Move up']").Click();
        cut.Find("[data-testid='pipeline-save']").Click();

        cut.WaitForAssertion(() => Assert.Single(_pipelines.Saved), Patience);
        var (id, input) = _pipelines.Saved[0];
        Assert.Equal(1L, id);
        Assert.Equal([(2L, "Proposal sent"), (1L, "Qualified"), (5L, "Closed won"), (6L, "Closed lost")],
            input.Stages!.Select(s => (s.Id!.Value, s.Name!)));
    }

    [Fact]
    public void Save_Refused_ShowsEachErrorUnderItsRow()
    {
        _pipelines.SaveError = new ApiException(400, "One or more fields are invalid.", new Dictionary<string, string[]>
        {
            ["stages[2].name"] = ["There is already a stage called 'Qualified' in this pipeline."],
            ["stages"] = ["Stage 'Proposal' still has 3 deals: move them to another stage before removing it."],
        });
        var cut = RenderWithPopovers<PipelinesPage>();
        cut.WaitForElement("[data-testid='pipeline-save']", Patience).Click();

        cut.WaitForAssertion(() => Assert.Contains("still has 3 deals", cut.Find("[data-testid='pipeline-stages-error']").TextContent), Patience);
        Assert.Contains("already a stage called", cut.Find("[data-testid='stage-row-2']").TextContent);
    }

    [Fact]
    public void New_Pipeline_StartsWithOpenWonAndLostStages()
    {
        var cut = RenderWithPopovers<PipelinesPage>();

        cut.WaitForElement("[data-testid='pipeline-new']", Patience).Click();
        cut.Find("input[data-testid='pipeline-name']").Change("Renewals");
        cut.Find("[data-testid='pipeline-save']").Click();

        cut.WaitForAssertion(() => Assert.Single(_pipelines.Saved), Patience);
        Assert.Null(_pipelines.Saved[0].Id);
        Assert.Equal(["open", "open", "won", "lost"], _pipelines.Saved[0].Input.Stages!.Select(s => s.Outcome));
    }
}
