using Lodestar.Domain.Privacy.Retention;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Privacy.Retention;

/// <summary>The raw-messages class: old messages keep only their promoted fields, the events and their segment facts stay.</summary>
public sealed class RawMessageRetentionTests
{
    private static CancellationToken Ct => RetentionHarness.Ct;

    private static async Task<RetentionHarness> OldAndNewAsync()
    {
        var w = await RetentionHarness.StartAsync(batchSize: 2);
        await w.SendAsync(
            """{"type":"identify","userId":"u-1","traits":{"email":"ann@example.com","phone":"+1 555 0100","plan":"pro"},"context":{"ip":"203.0.113.9","userAgent":"Mozilla/5.0"}}""",
            """{"type":"track","userId":"u-1","event":"Order Completed","properties":{"revenue":49.5,"coupon":"SPRING"},"context":{"campaign":{"source":"google","medium":"cpc"}}}""",
            """{"type":"page","anonymousId":"a-1","name":"Home","properties":{"path":"/"}}""");
        w.Clock.Advance(TimeSpan.FromDays(20));
        await w.SendAsync("""{"type":"track","userId":"u-1","event":"Order Completed","properties":{"revenue":12}}""");
        await w.ResolveAsync();
        w.Clock.Advance(TimeSpan.FromDays(1));
        await w.LimitAsync((RetentionClasses.RawMessages, 10));
        return w;
    }

    [Fact]
    public async Task RunAsync_RawLimit_OldMessagesKeepOnlyTheirPromotedFields()
    {
        await using var w = await OldAndNewAsync();

        var report = await w.RunAsync();

        await using var db = w.Host.CreateDbContext();
        var raws = await db.Events.OrderBy(e => e.Id).Select(e => e.Raw).ToListAsync(Ct);
        Assert.Equal(4, raws.Count);
        Assert.All(raws.Take(3), raw => Assert.StartsWith(PurgedRawMessageWriter.Prefix, raw));
        Assert.DoesNotContain("pro", raws[0]);
        Assert.DoesNotContain("203.0.113.9", raws[0]);
        Assert.DoesNotContain("Mozilla", raws[0]);
        Assert.Contains("\"email\":\"ann@example.com\"", raws[0]);
        Assert.DoesNotContain("SPRING", raws[1]);
        Assert.Contains("\"event\":\"Order Completed\"", raws[1]);
        Assert.Contains("\"campaign\":{\"source\":\"google\",\"medium\":\"cpc\"}", raws[1]);
        Assert.Contains("\"revenue\":12", raws[3]);
        var line = report.Lines.Single(l => l.Class == RetentionClasses.RawMessages);
        Assert.Equal((3L, 2), (line.Purged, line.Batches));
        Assert.Equal((RetentionHarness.Start + TimeSpan.FromDays(20)).UtcDateTime, line.OldestRemaining);
    }

    [Fact]
    public async Task RunAsync_RawPurged_EventsAndTheirSegmentFactsStay()
    {
        await using var w = await OldAndNewAsync();
        await using var db = w.Host.CreateDbContext();
        var facts = await db.SegmentEvents.OrderBy(s => s.EventId).Select(s => s.Props).ToListAsync(Ct);

        await w.RunAsync();

        Assert.Equal(4, await db.Events.CountAsync(Ct));
        Assert.Equal(4, await db.EventProfiles.CountAsync(Ct));
        Assert.Equal(facts, await db.SegmentEvents.OrderBy(s => s.EventId).Select(s => s.Props).ToListAsync(Ct));
    }

    [Fact]
    public async Task RunAsync_Twice_SecondRunEmptiesNothing()
    {
        await using var w = await OldAndNewAsync();
        await w.RunAsync();
        await using var db = w.Host.CreateDbContext();
        var raws = await db.Events.OrderBy(e => e.Id).Select(e => e.Raw).ToListAsync(Ct);

        var second = await w.RunAsync();

        Assert.Equal((0L, 0), (second.Lines.Single(l => l.Class == RetentionClasses.RawMessages).Purged, second.Lines.Single(l => l.Class == RetentionClasses.RawMessages).Batches));
        Assert.Equal(raws, await db.Events.OrderBy(e => e.Id).Select(e => e.Raw).ToListAsync(Ct));
    }

    [Fact]
    public async Task RunAsync_RecentMessageBetweenOldOnes_OldOnesLaterStillPurgedOnce()
    {
        await using var w = await RetentionHarness.StartAsync(batchSize: 2);
        await w.SendAsync("""{"type":"track","userId":"u-1","event":"A"}""");
        w.Clock.Advance(TimeSpan.FromDays(2));
        await w.SendAsync("""{"type":"track","userId":"u-1","event":"B"}""");
        await w.ResolveAsync();
        w.Clock.Advance(TimeSpan.FromDays(1));
        await w.LimitAsync((RetentionClasses.RawMessages, 2));
        Assert.Equal(1, (await w.RunAsync()).Lines[1].Purged);
        w.Clock.Advance(TimeSpan.FromDays(2));

        var later = await w.RunAsync();

        Assert.Equal(1, later.Lines[1].Purged);
        Assert.Null(later.Lines[1].OldestRemaining);
        Assert.Equal(0, (await w.RunAsync()).Lines[1].Purged);
    }
}
