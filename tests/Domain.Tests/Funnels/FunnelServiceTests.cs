using Lodestar.Domain.Data;
using Lodestar.Domain.Funnels;
using Lodestar.Domain.Funnels.Engine;
using Lodestar.Domain.Segments.Rules;
using Lodestar.Domain.Tests.Segments;
using Lodestar.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Funnels;

/// <summary>
/// Funnels over the segment test workspace, stored through ingestion and identity resolution: Pricing → Order
/// Completed in March 2026. Alice viewed pricing three times from google and ordered five days after the first view;
/// dave (anonymous) and frank (anonymous, then identified, from bing) viewed pricing and never ordered; bob and erin
/// ordered without viewing pricing.
/// </summary>
public sealed class FunnelServiceTests
{
    internal static readonly FunnelQuery PricingToOrder = new()
    {
        Steps = [new FunnelStep("Pricing", []), new FunnelStep("Order Completed", [])],
        From = new DateOnly(2026, 3, 1),
        To = new DateOnly(2026, 3, 31),
        Breakdown = new FunnelBreakdown(FunnelBreakdownSource.Event, "context.campaign.source"),
        ValueProperty = "properties.revenue",
    };

    [Fact]
    public async Task QueryAsync_StoredEventsOnSqlite_GiveTheHandCountedFunnel()
    {
        await using var world = await SegmentWorld.StartAsync();

        var result = await world.Host.Get<FunnelService>().QueryAsync(PricingToOrder, SegmentWorld.Ct);

        AssertHandCounted(result);
    }

    [Fact(SkipUnless = nameof(DockerEngine.IsAvailable), SkipType = typeof(DockerEngine), Skip = "No Docker engine here: the SQL Server funnel test needs Testcontainers.")]
    public async Task QueryAsync_StoredEventsOnSqlServer_GiveTheHandCountedFunnel()
    {
        await using var container = SqlServerContainers.Create();
        await container.StartAsync(SegmentWorld.Ct);
        await using var world = await SegmentWorld.StartAsync(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:Portal"] = container.GetConnectionString(),
        });

        var result = await world.Host.Get<FunnelService>().QueryAsync(PricingToOrder, SegmentWorld.Ct);

        AssertHandCounted(result);
    }

    [Fact]
    public async Task QueryAsync_FilterOnTheLastStep_KeepsOnlyMatchingEvents()
    {
        await using var world = await SegmentWorld.StartAsync();
        var over100 = new PropertyFilter("properties.revenue", new ValueTest(RuleValueType.Number, RuleOperator.GreaterThan, "150"));
        var query = PricingToOrder with { Steps = [new FunnelStep("Pricing", []), new FunnelStep("Order Completed", [over100])], Breakdown = null };

        var result = await world.Host.Get<FunnelService>().QueryAsync(query, SegmentWorld.Ct);

        Assert.Equal([3L, 0L], result.Steps.Select(s => s.Count));
    }

    [Fact]
    public async Task SaveAsSegmentAsync_DroppedOff_StoresThePeoplesIdentifiers()
    {
        await using var world = await SegmentWorld.StartAsync();
        var funnels = world.Host.Get<FunnelService>();

        var segment = await funnels.SaveAsSegmentAsync(PricingToOrder, 2, FunnelOutcome.DroppedOff, null, "Viewed pricing, no order", null, "tester", SegmentWorld.Ct);

        await using var db = world.Host.CreateDbContext();
        var values = await db.SegmentStaticIdentifiers.Where(i => i.SegmentId == segment.Id).Select(i => i.Value).ToListAsync(SegmentWorld.Ct);
        Assert.Equal(["anon-dave", "anon-frank", "frank"], values.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void Read_EveryExtraColumn_ComesInTheOrderTheReaderExpects(DatabaseProvider provider)
    {
        var query = PricingToOrder with { HoldConstant = ["properties.order_id", "properties.sku"] };
        using var db = Context(provider);

        var sql = FunnelEventLoader.Read(db, SegmentWorld.Now, query, new FunnelMatcher("Pricing", []), query.EntryStart, query.EntryEnd).ToQueryString();

        var select = sql[sql.IndexOf("SELECT", StringComparison.Ordinal)..sql.IndexOf("FROM", StringComparison.Ordinal)];
        int[] at = [.. new[] { "ProfileId", "Timestamp", "EventId", "campaign", "order_id", "sku", "revenue" }.Select(c => select.IndexOf(c, StringComparison.Ordinal))];
        Assert.DoesNotContain(-1, at);
        Assert.Equal(at.Order(), at);
    }

    private static PortalDbContext Context(DatabaseProvider provider) => provider == DatabaseProvider.SqlServer
        ? new SqlServerPortalDbContext(new DbContextOptionsBuilder<SqlServerPortalDbContext>().UseSqlServer("Server=none;Database=none;Trusted_Connection=True").Options)
        : new SqlitePortalDbContext(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite("Data Source=:memory:").Options);

    private static void AssertHandCounted(FunnelResult result)
    {
        Assert.Equal([3L, 1L], result.Steps.Select(s => s.Count));
        Assert.Equal(5 * 86_400.0 + 3_600, result.Steps[1].MedianSecondsFromPrevious);
        Assert.Equal(["bing", "google", FunnelBreakdownGroup.NoneLabel], result.Breakdown.Select(g => g.Value));
        Assert.Equal([1L, 1L], result.Breakdown[1].Steps.Select(s => s.Count));
        Assert.Equal((1L, 120.0), (result.Value!.Conversions, result.Value.Sum));
        Assert.Equal(11, result.EventsRead);
    }
}
