using Lodestar.Domain.Economics;
using Lodestar.Domain.Economics.Import;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Economics.Service;

public sealed class RevenueImportServiceTests
{
    private static CancellationToken Ct => Segments.SegmentWorld.Ct;

    [Fact]
    public async Task ImportAsync_HistoricalOrdersByEmailAndUserId_CountedForTheirProfilesOnce()
    {
        await using var world = await EconomicsWorld.StartAsync();
        const string file = """
            Order ID,type,date,amount,currency,user_id,email
            h1,order,2025-11-03,40.00,EUR,,CARA@example.com
            o4,,2026-02-14T10:00:00Z,200,USD,cara,
            h2,order,2025-12-24,10,,anna,
            h2,refund,2026-01-02,4,,anna,
            """;

        var imported = await world.Host.Get<RevenueImportService>().ImportAsync(new StringReader(file), "history.csv", Ct);
        var run = await world.Host.Get<EconomicsService>().RunAsync(null, Ct);

        // cara: 44 USD more (40 EUR) and an earlier cohort; o4 is the order already tracked. anna: 10 − 4 more, from December.
        await using var db = world.Host.CreateDbContext();
        var customers = await db.CustomerEconomics.OrderBy(c => c.FirstPurchaseAt).ToListAsync(Ct);
        Assert.Equal(4, imported);
        Assert.Equal("anna,cara", await world.NamesAsync(customers.Where(c => c.CohortMonth.Year == 2025).Select(c => c.ProfileId)));
        Assert.Equal((625_00L + 44_00 + 6_00, 2), (run.Snapshot.Revenue, run.Snapshot.DuplicateOrders));
    }

    [Fact]
    public async Task ImportAsync_WrongRowsAndRepeats_NothingStoredEachFieldNamed()
    {
        await using var world = await EconomicsWorld.StartAsync();
        var service = world.Host.Get<RevenueImportService>();
        await service.ImportAsync(new StringReader("order_id,date,amount,user_id\nold-1,2025-01-01,5,anna\n"), "first.csv", Ct);
        const string file = """
            order_id,date,amount,currency,user_id,type
            a1,2025-13-01,10,USD,anna,order
            a2,2025-01-01,1.234,USD,anna,order
            a3,2025-01-01,5,US,anna,
            a4,2025-01-01,5,USD,,
            a5,2025-01-01,5,USD,anna,gift
            old-1,2025-01-01,5,USD,anna,
            a6,2025-01-01,5,USD,anna,
            a6,2025-01-02,5,USD,anna,
            """;

        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => service.ImportAsync(new StringReader(file), "second.csv", Ct));

        Assert.Equal(["rows[2].date", "rows[3].amount", "rows[4].currency", "rows[5].user_id", "rows[6].type", "rows[7].order_id", "rows[9].order_id"],
            refused.Errors.Keys.Order(StringComparer.Ordinal));
        await using var db = world.Host.CreateDbContext();
        Assert.Equal(1, await db.ImportedTransactions.CountAsync(Ct));
    }
}
