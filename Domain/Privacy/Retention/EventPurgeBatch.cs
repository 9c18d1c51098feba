using System.Data;
using System.Diagnostics;
using System.Text.Json;
using Lodestar.Domain.Data;
using Lodestar.Domain.Events;
using Lodestar.Domain.Segments.Facts;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Retention;

/// <summary>
/// Deletes a few thousand events and everything derived from each of them in one short transaction: their segment
/// facts (with a new <see cref="SegmentEventsVersion"/>, so cached funnels reload), profile links and identity
/// conflicts; the daily counts are lowered by what was deleted, so the Overview keeps counting the stored events.
/// </summary>
internal static class EventPurgeBatch
{
    /// <returns>Events deleted, derived rows deleted with them, and how long the transaction held the write lock.</returns>
    public static async Task<(int Events, long Related, TimeSpan Held)> DeleteAsync(PortalDbContext db, IReadOnlyList<long> ids, DateTime now, CancellationToken cancellationToken)
    {
        var result = (Events: 0, Related: 0L, Held: TimeSpan.Zero);
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            // The facts and the daily counts are read, then written. SQLite's write transaction holds every other writer
            // off in between; on SQL Server repeatable read keeps the rows read from changing (a concurrent erasure, an
            // ingestion commit raising a count) until the commit. SQLite takes it as serializable.
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            var held = Stopwatch.StartNew();
            // Read again inside the transaction: another deletion may have taken some since the scan.
            var rows = await ReadAsync(db, ids, cancellationToken);
            var (facts, related, events) = await DeleteRowsAsync(db, rows.Select(r => r.Id).ToList(), cancellationToken);
            if (facts > 0)
                await SegmentEventsVersion.StageNextAsync(db, now, cancellationToken);
            await LowerDailyCountsAsync(db, rows, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            result = (events, related, held.Elapsed);
        });
        return result;
    }

    /// <summary>
    /// Before the first batch, outside any transaction: runs each query of a batch once with nothing to match and
    /// stages a new segment-events stamp (the purge is about to change the facts). EF translates a query and sets up
    /// its saving the first time it meets them (tens of milliseconds each), which the first batch would otherwise do
    /// while holding the write lock (175 ms measured for a first transaction of 200 events).
    /// </summary>
    public static async Task PrepareAsync(PortalDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        await ReadAsync(db, [], cancellationToken);
        await DeleteRowsAsync(db, [], cancellationToken);
        await LowerDailyCountAsync(db, DateTime.MinValue, MessageType.Track, 0, cancellationToken);
        await DeleteEmptyDailyCountsAsync(db, [], cancellationToken);
        await SegmentEventsVersion.StageNextAsync(db, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static Task<List<EventReceipt>> ReadAsync(PortalDbContext db, IReadOnlyList<long> ids, CancellationToken cancellationToken) =>
        db.Events.AsNoTracking().Where(e => EF.Parameter(ids).Contains(e.Id))
            .Select(e => new EventReceipt(e.Id, e.Type, e.Name, e.Timestamp, e.ReceivedAt)).ToListAsync(cancellationToken);

    /// <returns>Segment facts, all derived rows (facts included) and events deleted.</returns>
    private static async Task<(int Facts, long Related, int Events)> DeleteRowsAsync(PortalDbContext db, IReadOnlyList<long> present, CancellationToken cancellationToken)
    {
        var facts = await DeleteSegmentEventsAsync(db, present, cancellationToken);
        var related = facts
            + await db.EventProfiles.Where(l => EF.Parameter(present).Contains(l.EventId)).ExecuteDeleteAsync(cancellationToken)
            + await db.IdentityConflicts.Where(c => EF.Parameter(present).Contains(c.EventId)).ExecuteDeleteAsync(cancellationToken);
        var events = await db.Events.Where(e => EF.Parameter(present).Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
        return (facts, related, events);
    }

    /// <summary>
    /// One statement finding each fact by its whole key (name, time, event id) from the batch's events. SQLite answers
    /// a row-value IN with a key seek per event, but an EXISTS with a scan of every fact, so it gets the former; SQL
    /// Server has no row-value IN and its optimiser turns the EXISTS into the same seeks.
    /// </summary>
    private static Task<int> DeleteSegmentEventsAsync(PortalDbContext db, IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        if (db.Provider != DatabaseProvider.Sqlite)
            return db.SegmentEvents.Where(s => db.Events.Any(e => EF.Parameter(ids).Contains(e.Id) && e.Id == s.EventId && e.Name == s.Name && e.Timestamp == s.Timestamp))
                .ExecuteDeleteAsync(cancellationToken);
        var json = JsonSerializer.Serialize(ids);
        return db.Database.ExecuteSqlAsync($"""
            DELETE FROM "SegmentEvents" WHERE ("Name", "Timestamp", "EventId") IN
                (SELECT e."Name", e."Timestamp", e."Id" FROM "Events" e WHERE e."Id" IN (SELECT "value" FROM json_each({json})) AND e."Name" IS NOT NULL)
            """, cancellationToken);
    }

    /// <summary>
    /// One relative update per day and type of the batch's events (usually a few; imported history can make hundreds,
    /// one short statement each), then the counts that reached zero go. Statements rather than loaded rows: nothing is
    /// read, and EF's saving of tracked rows would be set up inside the first transaction (48 ms measured).
    /// </summary>
    private static async Task LowerDailyCountsAsync(PortalDbContext db, IReadOnlyList<EventReceipt> rows, CancellationToken cancellationToken)
    {
        var groups = rows.GroupBy(r => (Day: DateTime.SpecifyKind(r.Timestamp.Date, DateTimeKind.Utc), r.Type)).ToList();
        foreach (var group in groups)
            await LowerDailyCountAsync(db, group.Key.Day, group.Key.Type, group.Count(), cancellationToken);
        await DeleteEmptyDailyCountsAsync(db, groups.Select(g => g.Key.Day).Distinct().ToList(), cancellationToken);
    }

    private static Task<int> LowerDailyCountAsync(PortalDbContext db, DateTime day, MessageType type, long minus, CancellationToken cancellationToken) =>
        db.EventDailyCounts.Where(c => c.Day == day && c.Type == type).ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, c => c.Count - minus), cancellationToken);

    private static Task<int> DeleteEmptyDailyCountsAsync(PortalDbContext db, IReadOnlyList<DateTime> days, CancellationToken cancellationToken) =>
        db.EventDailyCounts.Where(c => EF.Parameter(days).Contains(c.Day) && c.Count <= 0).ExecuteDeleteAsync(cancellationToken);
}
