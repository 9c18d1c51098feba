using Lodestar.Domain.Funnels;
using Lodestar.Domain.Funnels.Engine;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Tests.Segments;

namespace Lodestar.Domain.Tests.Funnels;

/// <summary>
/// The funnel event cache over the segment test workspace (real SQLite, ingestion and identity resolution): a repeated
/// query is answered from memory, and whatever changes the stored events — a new event, a merge — changes the next
/// answer. Pricing → Order Completed in March 2026 within 30 days: alice, dave and frank viewed pricing, alice ordered.
/// </summary>
public sealed class FunnelEventCacheTests
{
    private static readonly FunnelQuery PricingToOrder = FunnelServiceTests.PricingToOrder with
    {
        Window = TimeSpan.FromDays(30), Breakdown = null, ValueProperty = null,
    };

    [Fact]
    public async Task QueryAsync_SameQueryTwice_SecondReadsNothingFromTheDatabase()
    {
        await using var world = await SegmentWorld.StartAsync();
        var funnels = world.Host.Get<FunnelService>();
        var cache = world.Host.Get<FunnelEventCache>();

        var first = await funnels.QueryAsync(PricingToOrder, SegmentWorld.Ct);
        var misses = cache.Counts.Misses;
        var second = await funnels.QueryAsync(PricingToOrder, SegmentWorld.Ct);

        Assert.Equal([3L, 1L], first.Steps.Select(s => s.Count));
        Assert.Equal(first.Steps.Select(s => s.Count), second.Steps.Select(s => s.Count));
        Assert.Equal(first.EventsRead, second.EventsRead);
        Assert.Equal(misses, cache.Counts.Misses);
        Assert.True(cache.Counts.Hits >= 2);
    }

    [Fact]
    public async Task QueryAsync_NarrowerRangeAfterCachedQuery_IsCutFromTheCachedRows()
    {
        await using var world = await SegmentWorld.StartAsync();
        var funnels = world.Host.Get<FunnelService>();
        await funnels.QueryAsync(PricingToOrder, SegmentWorld.Ct);
        var misses = world.Host.Get<FunnelEventCache>().Counts.Misses;

        // Only frank (March 1) enters; alice's views are from March 20.
        var early = await funnels.QueryAsync(PricingToOrder with { To = new DateOnly(2026, 3, 5) }, SegmentWorld.Ct);

        Assert.Equal([1L, 0L], early.Steps.Select(s => s.Count));
        Assert.Equal(misses, world.Host.Get<FunnelEventCache>().Counts.Misses);
    }

    [Fact]
    public async Task QueryAsync_NewEventsAfterCachedQuery_AreCounted()
    {
        await using var world = await SegmentWorld.StartAsync();
        var funnels = world.Host.Get<FunnelService>();
        await funnels.QueryAsync(PricingToOrder, SegmentWorld.Ct);

        await world.SendAsync(
            """{"type":"page","userId":"carol","name":"Pricing","timestamp":"2026-03-16T08:00:00Z"}""",
            """{"type":"track","userId":"carol","event":"Order Completed","timestamp":"2026-03-18T08:00:00Z","properties":{"revenue":40}}""");
        var after = await funnels.QueryAsync(PricingToOrder, SegmentWorld.Ct);

        Assert.Equal([4L, 2L], after.Steps.Select(s => s.Count));
    }

    [Fact]
    public async Task QueryAsync_ManualMergeAfterCachedQuery_FollowsTheMergedPerson()
    {
        await using var world = await SegmentWorld.StartAsync();
        var funnels = world.Host.Get<FunnelService>();
        var before = await funnels.QueryAsync(PricingToOrder, SegmentWorld.Ct);

        // A link moves no watermark (no new event): only the events version tells the cache. Dave's pricing view on
        // March 10 becomes bob's, whose order on March 30 is within the window.
        await world.Host.Get<IdentityResolutionService>().LinkAsync(new IdentityOverride
        {
            Kind = IdentityOverrideKind.Link, LeftType = "user_id", LeftValue = "bob", RightType = "anonymous_id", RightValue = "anon-dave",
            CreatedAt = SegmentWorld.Now, CreatedBy = "test", Reason = "duplicate suggestion accepted",
        }, _ => { }, SegmentWorld.Ct);
        var after = await funnels.QueryAsync(PricingToOrder, SegmentWorld.Ct);

        Assert.Equal([3L, 1L], before.Steps.Select(s => s.Count));
        Assert.Equal([3L, 2L], after.Steps.Select(s => s.Count));
    }
}
