using Lodestar.Domain.Events;
using Lodestar.Domain.Privacy.Retention;
using Lodestar.Domain.Segments.Facts;
using Lodestar.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Privacy.Retention;

/// <summary>The events class of <see cref="RetentionService"/>: exactly the events received before the cutoff go, with everything derived from them.</summary>
public sealed class EventRetentionTests
{
    private static CancellationToken Ct => RetentionHarness.Ct;

    /// <summary>Five events just before the cutoff of a 30-day limit, three just after it, all resolved.</summary>
    private static async Task<RetentionHarness> TwoSidesAsync(int batchSize = 5_000, IReadOnlyDictionary<string, string?>? database = null)
    {
        var w = await RetentionHarness.StartAsync(batchSize, database);
        await w.SendAsync(
            """{"type":"identify","userId":"u-1","traits":{"email":"ann@example.com"}}""",
            """{"type":"page","userId":"u-1","name":"Home","properties":{"path":"/"}}""",
            """{"type":"track","userId":"u-1","event":"Order Completed","properties":{"revenue":10}}""");
        w.Clock.Advance(TimeSpan.FromHours(1));
        await w.SendAsync(
            """{"type":"track","anonymousId":"a-2","event":"Order Completed","properties":{"revenue":20}}""",
            """{"type":"screen","anonymousId":"a-2","name":"Cart"}""");
        w.Clock.Advance(TimeSpan.FromSeconds(2));
        await w.SendAsync(
            """{"type":"track","userId":"u-1","event":"Order Completed","properties":{"revenue":30}}""",
            """{"type":"page","userId":"u-1","name":"Home","properties":{"path":"/"}}""",
            """{"type":"track","anonymousId":"a-2","event":"Signed Up"}""");
        await w.ResolveAsync();
        // 30 days after the first batch plus one hour and a second: the cutoff falls between the 2nd and 3rd sends.
        w.Clock.Now = RetentionHarness.Start + TimeSpan.FromDays(30) + TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1);
        await w.LimitAsync((RetentionClasses.Events, 30));
        return w;
    }

    /// <summary>After <see cref="TwoSidesAsync"/>'s purge: the three recent events, and derived rows of those alone.</summary>
    private static async Task AssertOnlyTheRecentEventsLeftAsync(RetentionHarness w)
    {
        await using var db = w.Host.CreateDbContext();
        Assert.Equal(["m-6", "m-7", "m-8"], await db.Events.OrderBy(e => e.Id).Select(e => e.MessageId).ToListAsync(Ct));
        var kept = await db.Events.Select(e => e.Id).ToListAsync(Ct);
        Assert.Equal(kept.Order(), (await db.EventProfiles.Select(l => l.EventId).ToListAsync(Ct)).Order());
        Assert.Equal(kept.Order(), (await db.SegmentEvents.Select(s => s.EventId).ToListAsync(Ct)).Order());
    }

    [Fact]
    public async Task RunAsync_EventsLimit_DeletesExactlyTheEventsReceivedBeforeTheCutoffWithTheirDerivedRows()
    {
        await using var w = await TwoSidesAsync();

        var report = await w.RunAsync();

        await AssertOnlyTheRecentEventsLeftAsync(w);
        var line = report.Lines.Single(l => l.Class == RetentionClasses.Events);
        // 5 events; their links (5) and segment facts (4: the identify has none).
        Assert.Equal((5L, 9L), (line.Purged, line.Related));
    }

    [Fact(SkipUnless = nameof(DockerEngine.IsAvailable), SkipType = typeof(DockerEngine), Skip = "No Docker engine here: the SQL Server retention test needs Testcontainers.")]
    public async Task RunAsync_EventsLimitOnSqlServer_DeletesExactlyTheOldEventsWithTheirDerivedRowsAndCounts()
    {
        await using var container = SqlServerContainers.Create();
        await container.StartAsync(Ct);
        await using var w = await TwoSidesAsync(batchSize: 2, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:Portal"] = container.GetConnectionString(),
        });

        var report = await w.RunAsync();

        await AssertOnlyTheRecentEventsLeftAsync(w);
        await using var db = w.Host.CreateDbContext();
        Assert.Equal(await db.Events.LongCountAsync(Ct), await db.EventDailyCounts.SumAsync(c => c.Count, Ct));
        var line = report.Lines.Single(l => l.Class == RetentionClasses.Events);
        Assert.Equal((5L, 9L, 3), (line.Purged, line.Related, line.Batches));
    }

    [Fact]
    public async Task RunAsync_EventReceivedExactlyAtTheCutoff_KeptUntilItIsOlderThanTheLimit()
    {
        await using var w = await TwoSidesAsync();
        // The cutoff on the second send's receipt: not older than the limit, so it stays.
        w.Clock.Now = RetentionHarness.Start + TimeSpan.FromDays(30) + TimeSpan.FromHours(1);

        var atCutoff = await w.RunAsync();
        w.Clock.Advance(TimeSpan.FromTicks(1));
        var tickLater = await w.RunAsync();

        Assert.Equal((3L, 2L), (atCutoff.Lines[0].Purged, tickLater.Lines[0].Purged));
        Assert.Equal((RetentionHarness.Start + TimeSpan.FromHours(1)).UtcDateTime, atCutoff.Lines[0].OldestRemaining);
        await using var db = w.Host.CreateDbContext();
        Assert.Equal(["m-6", "m-7", "m-8"], await db.Events.OrderBy(e => e.Id).Select(e => e.MessageId).ToListAsync(Ct));
    }

    [Fact]
    public async Task RunAsync_EventsPurged_DailyCountsCountOnlyTheStoredEvents()
    {
        await using var w = await TwoSidesAsync();

        await w.RunAsync();

        await using var db = w.Host.CreateDbContext();
        var counts = await db.EventDailyCounts.OrderBy(c => c.Type).Select(c => new { c.Type, c.Count }).ToListAsync(Ct);
        Assert.Equal([(MessageType.Page, 1L), (MessageType.Track, 2L)], counts.Select(c => (c.Type, c.Count)));
        Assert.Equal(await db.Events.LongCountAsync(Ct), counts.Sum(c => c.Count));
    }

    [Fact]
    public async Task RunAsync_TinyBatchSize_PurgesInBatchesOfAtMostThatMany()
    {
        await using var w = await TwoSidesAsync(batchSize: 2);

        var report = await w.RunAsync();

        var line = report.Lines.Single(l => l.Class == RetentionClasses.Events);
        Assert.Equal((5L, 3), (line.Purged, line.Batches));
        await using var db = w.Host.CreateDbContext();
        Assert.Equal(3, await db.Events.CountAsync(Ct));
    }

    [Fact]
    public async Task RunAsync_Report_LimitCutoffPurgedAndOldestRemainingPerClass()
    {
        await using var w = await TwoSidesAsync();

        var report = await w.RunAsync();

        Assert.Equal(RetentionReportStatus.Succeeded, report.Status);
        Assert.Equal([RetentionClasses.Events, RetentionClasses.RawMessages, RetentionClasses.CrmActivities, RetentionClasses.DestinationLedgers,
            RetentionClasses.SuppressedCounters],
            report.Lines.Select(l => l.Class));
        var events = report.Lines[0];
        Assert.Equal(30, events.LimitDays);
        Assert.Equal(w.Clock.Now.UtcDateTime.AddDays(-30), events.Cutoff);
        Assert.Equal((RetentionHarness.Start + TimeSpan.FromSeconds(3602)).UtcDateTime, events.OldestRemaining);
        Assert.True(events.DurationMilliseconds >= 0);
        // Raw messages are kept forever: nothing purged, their oldest is the oldest event left.
        Assert.Equal((null, null, 0L, events.OldestRemaining), (report.Lines[1].LimitDays, report.Lines[1].Cutoff, report.Lines[1].Purged, report.Lines[1].OldestRemaining));
        var stored = Assert.Single(await w.Host.Get<RetentionReportService>().LatestAsync(10, Ct));
        Assert.Equal((report.Id, 5L, 5), (stored.Id, stored.Purged, stored.Lines.Count));
        Assert.Equal("Purged 5 events.", w.Messages[^1]);
    }

    [Fact]
    public async Task RunAsync_Twice_SecondRunPurgesNothingAndSaysSo()
    {
        await using var w = await TwoSidesAsync();
        await w.RunAsync();
        var before = await SnapshotAsync(w);

        var second = await w.RunAsync();

        Assert.Equal(0, second.Purged);
        Assert.All(second.Lines, l => Assert.Equal((0L, 0L, 0), (l.Purged, l.Related, l.Batches)));
        Assert.Equal("Nothing to purge: 1 class with a limit, nothing older than it.", w.Messages[^1]);
        Assert.Equal(before, await SnapshotAsync(w));
        Assert.Equal(2, (await w.Host.Get<RetentionReportService>().LatestAsync(10, Ct)).Count);
    }

    [Fact]
    public async Task RunAsync_SegmentFactsDeleted_NewSegmentEventsVersion()
    {
        await using var w = await TwoSidesAsync();
        await using var db = w.Host.CreateDbContext();
        var before = await SegmentEventsVersion.ReadAsync(db, Ct);

        await w.RunAsync();

        Assert.NotEqual(before, await SegmentEventsVersion.ReadAsync(db, Ct));
    }

    [Fact]
    public async Task RunAsync_NoLimits_PurgesNothingAndReportsEveryClassKeptForever()
    {
        await using var w = await RetentionHarness.StartAsync();
        await w.SendAsync("""{"type":"track","userId":"u-1","event":"Signed Up"}""");
        await w.ResolveAsync();
        w.Clock.Advance(TimeSpan.FromDays(5_000));

        var report = await w.RunAsync();

        Assert.All(report.Lines, l => Assert.Equal((null, 0L), (l.LimitDays, l.Purged)));
        Assert.Equal(RetentionHarness.Start.UtcDateTime, report.Lines[0].OldestRemaining);
        Assert.Equal("Nothing to purge: every class is kept forever (choose limits on the Privacy page).", w.Messages[^1]);
    }

    [Fact]
    public async Task RunAsync_EventsNotResolvedYet_KeptAndTheReportSaysWhy()
    {
        await using var w = await RetentionHarness.StartAsync();
        await w.SendAsync("""{"type":"track","userId":"u-1","event":"Signed Up"}""");
        await w.ResolveAsync();
        await w.SendAsync("""{"type":"track","userId":"u-2","event":"Signed Up"}""");
        w.Clock.Advance(TimeSpan.FromDays(10));
        await w.LimitAsync((RetentionClasses.Events, 1));

        var report = await w.RunAsync();

        Assert.Equal(1, report.Lines[0].Purged);
        Assert.Contains("identity resolution has not reached them yet", report.Lines[0].Note);
        await using var db = w.Host.CreateDbContext();
        Assert.Equal("m-2", await db.Events.Select(e => e.MessageId).SingleAsync(Ct));
    }

    private static async Task<string> SnapshotAsync(RetentionHarness w)
    {
        await using var db = w.Host.CreateDbContext();
        var events = await db.Events.OrderBy(e => e.Id).Select(e => e.Id + e.Raw).ToListAsync(Ct);
        var links = await db.EventProfiles.OrderBy(l => l.EventId).Select(l => l.EventId + ":" + l.ProfileId).ToListAsync(Ct);
        var facts = await db.SegmentEvents.OrderBy(s => s.EventId).Select(s => s.EventId + s.Props).ToListAsync(Ct);
        var counts = await db.EventDailyCounts.OrderBy(c => c.Day).ThenBy(c => c.Type).Select(c => c.Count).ToListAsync(Ct);
        return string.Join('\n', events.Concat(links).Concat(facts).Concat(counts.Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }
}
