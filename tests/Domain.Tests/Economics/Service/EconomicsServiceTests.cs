using Lodestar.Domain.Economics;
using Lodestar.Domain.Economics.Attribution;
using Lodestar.Domain.Economics.Reports;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Economics.Service;

public sealed class EconomicsServiceTests
{
    private static CancellationToken Ct => Segments.SegmentWorld.Ct;

    [Fact]
    public async Task RunAsync_FirstTouch_CustomersCohortsAndChannelsOfTheResolvedProfiles()
    {
        await using var world = await EconomicsWorld.StartAsync();

        var run = await world.Host.Get<EconomicsService>().RunAsync(null, Ct);

        await using var db = world.Host.CreateDbContext();
        var customers = await db.CustomerEconomics.OrderBy(c => c.FirstPurchaseAt).ToListAsync(Ct);
        Assert.Equal("anna,ben,cara", await world.NamesAsync(customers.Select(c => c.ProfileId)));
        Assert.Equal(
        [
            ("2026-01", "Organic Search", 2, 125_00L), ("2026-01", "Paid Search", 1, 0L), ("2026-02", "Email", 2, 500_00L),
        ], customers.Select(c => (c.CohortMonth.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), c.Channel, c.Orders, c.Revenue)));
        Assert.Equal((3, 625_00L, 1, 0, "USD"), (run.Snapshot.Customers, run.Snapshot.Revenue, run.Snapshot.DuplicateOrders, run.Snapshot.UnconvertedEntries, run.Snapshot.Currency));
        Assert.Equal([100_00L, -30_00, 55_00, 0], await db.EconomicsCohortCells.Where(c => c.Channel == "Organic Search").OrderBy(c => c.MonthIndex).Select(c => c.Revenue).ToListAsync(Ct));
        Assert.Equal(3, await db.CustomerMonthRevenues.CountAsync(m => m.ProfileId == customers[0].ProfileId, Ct));
        Assert.All(customers, c => Assert.InRange(c.ProbabilityAlive!.Value, 0, 1));
    }

    [Fact]
    public async Task RunAsync_PredictedValues_ProfileTraitsSegmentRulesTest()
    {
        await using var world = await EconomicsWorld.StartAsync();

        await world.Host.Get<EconomicsService>().RunAsync(null, Ct);

        await using var db = world.Host.CreateDbContext();
        var customers = await db.CustomerEconomics.ToDictionaryAsync(c => c.ProfileId, Ct);
        var traits = await db.ProfileTraits.Where(t => PredictedTraits.Keys.Contains(t.Key)).ToListAsync(Ct);
        Assert.Equal(9, traits.Count);
        Assert.All(traits.Where(t => t.Key == PredictedTraits.ProbabilityAlive), t =>
            Assert.Equal(Math.Round(customers[t.ProfileId].ProbabilityAlive!.Value, 6), double.Parse(t.Value, System.Globalization.CultureInfo.InvariantCulture)));
        // BG/NBD: a customer who never bought again is alive with probability 1 (ben); fitted on three customers the
        // model is degenerate and gives the two who bought again P(alive) ≈ 0.
        var alive = Lodestar.Domain.Segments.Rules.SegmentRuleJson.Parse("""{"match":"all","children":[{"kind":"trait","trait":"p_alive","test":{"type":"number","operator":"greaterThan","value":"0.5"}}]}""");
        var preview = await world.Host.Get<Lodestar.Domain.Segments.SegmentPreviewService>().PreviewAsync(alive, Ct);
        Assert.Equal("ben", await world.NamesAsync(preview.Sample.Select(p => p.ProfileId)));
        Assert.Equal(1, preview.Count);
    }

    [Fact]
    public async Task RunAsync_LastTouch_AnonymousPaidSocialClickBeforeSignupAcquiredAnna()
    {
        await using var world = await EconomicsWorld.StartAsync(AttributionModel.LastTouch);

        await world.Host.Get<EconomicsService>().RunAsync(null, Ct);
        await world.Host.Get<EconomicsService>().RunAsync(null, Ct);

        await using var db = world.Host.CreateDbContext();
        Assert.Equal(["Email", "Paid Search", "Paid Social"], await db.CustomerEconomics.OrderBy(c => c.Channel).Select(c => c.Channel).ToListAsync(Ct));
        // Run twice, stored once: January's two cohorts over January–April, February's over February–April.
        Assert.Equal(4 + 4 + 3, await db.EconomicsCohortCells.CountAsync(Ct));
    }

    [Fact]
    public async Task CacAsync_ByChannel_SpendMatchedToChannelsWhateverTheCase()
    {
        await using var world = await EconomicsWorld.StartAsync();
        await world.Host.Get<EconomicsService>().RunAsync(null, Ct);

        var report = await world.Host.Get<EconomicsReportService>().CacAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 30), CacGrouping.Channel, Ct);

        Assert.Equal(
        [
            ("Email", 100_00L, 1, 100_00.0, 500_00.0, 5.0, 0),
            ("Organic Search", 0, 1, 0.0, 125_00.0, null, 0),
            ("Paid Search", 150_00, 1, 150_00.0, 0.0, 0.0, null),
            ("Paid Social", 99_00, 0, null, null, null, null),
        ], report.Rows.Select(r => (r.Key, r.Economics.Spend, r.Economics.NewCustomers, r.Economics.Cac, r.Economics.Ltv, r.Economics.LtvToCac, r.Economics.PaybackMonths)));
        Assert.Equal((349_00L, 3), (report.Total.Economics.Spend, report.Total.Economics.NewCustomers));
    }

    [Fact]
    public async Task SummaryAsync_FebruaryToMarch_FiguresAndTheTwoMonthsBefore()
    {
        await using var world = await EconomicsWorld.StartAsync();
        await world.Host.Get<EconomicsService>().RunAsync(null, Ct);

        var summary = await world.Host.Get<EconomicsReportService>().SummaryAsync(new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 31), Ct);

        // Feb: cara 200, anna −30; Mar: anna 55. Active: cara (Feb), anna (Mar). New: cara, with the 100 USD of Email.
        var (now, before) = (summary.Current, summary.Previous);
        Assert.Equal((225_00L, 2, 1, 100_00L, 100_00.0, 500_00.0), (now.Revenue, now.ActiveCustomers, now.Acquisition.NewCustomers, now.Acquisition.Spend, now.Acquisition.Cac, now.Acquisition.Ltv));
        // Dec–Jan: anna 100, ben 100 − 100; both new, for 150 + 99 USD.
        Assert.Equal((new DateOnly(2025, 12, 1), new DateOnly(2026, 1, 1)), (before.From, before.To));
        Assert.Equal((100_00L, 2, 2, 249_00L, 124_50.0), (before.Revenue, before.ActiveCustomers, before.Acquisition.NewCustomers, before.Acquisition.Spend, before.Acquisition.Cac));
        Assert.Equal(EconomicsWorld.Now.UtcDateTime, summary.ComputedAt);
    }
}
