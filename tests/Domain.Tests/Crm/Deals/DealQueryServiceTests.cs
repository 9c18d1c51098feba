using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Deals;
using Lodestar.Domain.Tests.Identity;

namespace Lodestar.Domain.Tests.Crm.Deals;

public sealed class DealQueryServiceTests
{
    private static CancellationToken Ct => CrmHarness.Ct;

    private static async Task<IdentityHarness> SeedAsync()
    {
        var harness = await IdentityHarness.StartAsync();
        var deals = harness.Host.Get<DealService>();
        await deals.CreateAsync(new DealFields { Name = "Alpha 100%", Amount = 500_00, Currency = "USD", StageId = 1 }, "sam", Ct);
        await deals.CreateAsync(new DealFields { Name = "Beta", Amount = 700_00, Currency = "USD", StageId = 1 }, "sam", Ct);
        await deals.CreateAsync(new DealFields { Name = "Gamma", Amount = 300_00, Currency = "EUR", StageId = 1 }, "sam", Ct);
        await deals.CreateAsync(new DealFields { Name = "Delta", Amount = 900_00, Currency = "USD", StageId = 5 }, "sam", Ct);
        await deals.CreateAsync(new DealFields { Name = "Epsilon", Amount = 100_00, Currency = "USD", StageId = 6, CloseReason = "Budget" }, "sam", Ct);
        return harness;
    }

    [Fact]
    public async Task BoardAsync_DefaultPipeline_GivesEveryStageWithCountsAndTotalsPerCurrency()
    {
        await using var harness = await SeedAsync();

        var board = await harness.Host.Get<DealQueryService>().BoardAsync(null, Ct);

        Assert.Equal(6, board.Columns.Count);
        var first = board.Columns[0];
        Assert.Equal((3, 1_200_00L, 300_00L), (first.Count, first.Totals["USD"], first.Totals["EUR"]));
        Assert.Equal(["Gamma", "Beta", "Alpha 100%"], first.Deals.Select(d => d.Deal.Name));
        Assert.Equal(0, board.Columns[1].Count);
        Assert.Empty(board.Columns[1].Totals);
    }

    [Fact]
    public async Task ListAsync_OutcomeAndSort_FilterAndOrder()
    {
        await using var harness = await SeedAsync();
        var query = harness.Host.Get<DealQueryService>();

        var open = await query.ListAsync(new DealSearch(null, null, null, null, null, null, StageOutcome.Open, "-amount", 0, 2), Ct);
        var closed = await query.ListAsync(new DealSearch(null, 1, null, null, null, null, null, "-stage", 0, 25), Ct);

        Assert.Equal(3, open.Total);
        Assert.Equal(["Beta", "Alpha 100%"], open.Items.Select(d => d.Deal.Name));
        Assert.Equal(["Epsilon", "Delta"], closed.Items.Take(2).Select(d => d.Deal.Name));
    }

    [Fact]
    public async Task ListAsync_PercentInSearch_IsLiteral()
    {
        await using var harness = await SeedAsync();

        var page = await harness.Host.Get<DealQueryService>().ListAsync(new DealSearch("0%", null, null, null, null, null, null, null, 0, 25), Ct);

        Assert.Equal(["Alpha 100%"], page.Items.Select(d => d.Deal.Name));
    }

    [Fact]
    public async Task ListAsync_UnknownSort_IsRefused()
    {
        await using var harness = await SeedAsync();

        await Assert.ThrowsAsync<DomainValidationException>(() =>
            harness.Host.Get<DealQueryService>().ListAsync(new DealSearch(null, null, null, null, null, null, null, "size", 0, 25), Ct));
    }
}
