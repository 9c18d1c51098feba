using AngleSharp.Dom;
using Bunit;
using Lodestar.Portal.Client.Features.Crm.Deals;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;

namespace Lodestar.Portal.Client.Tests.Features.Crm.Deals;

public sealed class PipelineBoardTests : CrmTestBase
{
    public PipelineBoardTests()
        : base(PortalRoles.Sales)
    {
        var stages = FakePipelinesApi.Sales.Stages;
        _deals.Deals.Add(FakeDealsApi.Deal(1, "Acme renewal", stages[0], amount: 1_200_00));
        _deals.Deals.Add(FakeDealsApi.Deal(2, "Globex pilot", stages[0], amount: 300_00, currency: "EUR"));
        _deals.Deals.Add(FakeDealsApi.Deal(3, "Initech", stages[1], amount: 50_00));
    }

    private IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> RenderBoard() =>
        RenderWithPopovers<PipelineBoard>(("PipelineId", 1L));

    private static IElement Column(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> cut, long stageId) =>
        cut.Find($"[data-testid='board-column-{stageId}']");

    /// <summary>What a browser sends when a card is dragged onto another column.</summary>
    private static void Drag(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> cut, long dealId, long stageId)
    {
        cut.Find($"[data-testid='deal-card-{dealId}']").Closest(".mud-drop-item")!.DragStart();
        Column(cut, stageId).QuerySelector(".mud-drop-zone")!.Drop();
    }

    [Fact]
    public void Render_Board_ShowsEachStageWithItsDealsCountAndTotals()
    {
        var cut = RenderBoard();

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("[data-testid='board-column-name']").Count), Patience);
        Assert.Equal(["Qualified", "Proposal", "Closed won", "Closed lost"], cut.FindAll("[data-testid='board-column-name']").Select(e => e.TextContent));
        Assert.Equal("2 deals · 300 EUR + 1,200 USD", Column(cut, 1).QuerySelector("[data-testid='board-column-summary']")!.TextContent);
        Assert.Equal(2, Column(cut, 1).QuerySelectorAll("[data-testid^='deal-card-']").Length);
        Assert.Equal("0 deals", Column(cut, 5).QuerySelector("[data-testid='board-column-summary']")!.TextContent);
    }

    [Fact]
    public void Drop_OnAnOpenStage_MovesTheDealAndReloadsTheColumns()
    {
        var cut = RenderBoard();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='deal-card-1']")), Patience);

        Drag(cut, 1, 2);

        cut.WaitForAssertion(() => Assert.Equal((1L, new DealMoveInput(2, null)), Assert.Single(_deals.Moves)), Patience);
        cut.WaitForAssertion(() => Assert.NotNull(Column(cut, 2).QuerySelector("[data-testid='deal-card-1']")), Patience);
        Assert.Equal("2 deals · 1,250 USD", Column(cut, 2).QuerySelector("[data-testid='board-column-summary']")!.TextContent);
    }

    [Fact]
    public void Drop_OnLostWithoutReason_AsksAndMovesOnlyWithAReason()
    {
        var cut = RenderBoard();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='deal-card-3']")), Patience);

        Drag(cut, 3, 6);
        ClickDialogButton(cut, "Move");
        cut.WaitForAssertion(() => Assert.Contains("Say why the deal was lost.", cut.Markup), Patience);
        Assert.Empty(_deals.Moves);
        cut.Find("textarea[data-testid='close-reason']").Input("Went with a competitor");
        ClickDialogButton(cut, "Move");

        cut.WaitForAssertion(() => Assert.Equal((3L, new DealMoveInput(6, "Went with a competitor")), Assert.Single(_deals.Moves)), Patience);
        cut.WaitForAssertion(() => Assert.NotNull(Column(cut, 6).QuerySelector("[data-testid='deal-card-3']")), Patience);
    }

    [Fact]
    public void Drop_CancelledReason_LeavesTheDealWhereItWas()
    {
        var cut = RenderBoard();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='deal-card-3']")), Patience);

        Drag(cut, 3, 6);
        ClickDialogButton(cut, "Cancel");

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-dialog")), Patience);
        Assert.Empty(_deals.Moves);
        Assert.NotNull(Column(cut, 2).QuerySelector("[data-testid='deal-card-3']"));
    }

    [Fact]
    public void Drop_RefusedByTheServer_SaysWhyAndPutsTheCardBack()
    {
        _deals.MoveError = new ApiException(400, "One or more fields are invalid.", new Dictionary<string, string[]> { ["stageId"] = ["Stage 'X' belongs to another pipeline."] });
        var cut = RenderBoard();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='deal-card-1']")), Patience);

        Drag(cut, 1, 2);

        cut.WaitForAssertion(() => Assert.Contains("Acme renewal was not moved", cut.Find("[data-testid='board-error']").TextContent), Patience);
        Assert.Contains("belongs to another pipeline", cut.Find("[data-testid='board-error']").TextContent);
        cut.WaitForAssertion(() => Assert.NotNull(Column(cut, 1).QuerySelector("[data-testid='deal-card-1']")), Patience);
    }
}
