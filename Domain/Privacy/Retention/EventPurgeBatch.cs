using System.Data;
using System.Diagnostics;
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
            var rows = await db.Events.AsNoTracking().Where(e => EF.Parameter(ids).Contains(e.Id))
                .Select(e => new EventReceipt(e.Id, e.Type, e.Name, e.Timestamp, e.ReceivedAt)).ToListAsync(cancellationToken);
            var present = rows.Select(r => r.Id).ToList();
            var facts = await DeleteSegmentEventsAsync(db, rows, cancellationToken);
            var related = facts
                + await db.EventProfiles.Where(l => EF.Parameter(present).Contains(l.EventId)).ExecuteDeleteAsync(cancellationToken)
                + await db.IdentityConflicts.Where(c => EF.Parameter(present).Contains(c.EventId)).ExecuteDeleteAsync(cancellationToken);
            var events = await db.Events.Where(e => EF.Parameter(present).Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
            if (facts > 0)
                await SegmentEventsVersion.StageNextAsync(db, now, cancellationToken);
            await LowerDailyCountsAsync(db, rows, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            result = (events, related, held.Elapsed);
        });
        return result;
    }

    /// <summary>
    /// By key: per event name, the facts at the batch's times are read (the key is name, time, event id, so that is a
    /// seek per time), those of the batch's events kept, and deleted by their whole key in one batched command. Asking
    /// for the times and the ids together would make SQLite seek every time with every id.
    /// </summary>
    private static async Task<int> DeleteSegmentEventsAsync(PortalDbContext db, IReadOnlyList<EventReceipt> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToHashSet();
        var deleted = 0;
        foreach (var name in rows.Where(r => r.Name is not null && r.Type is MessageType.Track or MessageType.Page or MessageType.Screen)
                     .GroupBy(r => r.Name!, StringComparer.Ordinal))
        {
            var times = name.Select(r => r.Timestamp).Distinct().ToList();
            var found = await db.SegmentEvents.AsNoTracking().Where(s => s.Name == name.Key && EF.Parameter(times).Contains(s.Timestamp))
                .Select(s => new { s.Timestamp, s.EventId }).ToListAsync(cancellationToken);
            foreach (var fact in found.Where(f => ids.Contains(f.EventId)))
            {
                db.SegmentEvents.Remove(new SegmentEvent { Name = name.Key, Timestamp = fact.Timestamp, EventId = fact.EventId, Props = "" });
                deleted++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return deleted;
    }

    /// <summary>Read, changed in memory and written back in one batched command: events of a batch can span hundreds of days.</summary>
    private static async Task LowerDailyCountsAsync(PortalDbContext db, IReadOnlyList<EventReceipt> rows, CancellationToken cancellationToken)
    {
        var deleted = rows.GroupBy(r => (Day: DateTime.SpecifyKind(r.Timestamp.Date, DateTimeKind.Utc), r.Type)).ToDictionary(g => g.Key, g => (long)g.Count());
        var days = deleted.Keys.Select(k => k.Day).Distinct().ToList();
        foreach (var count in await db.EventDailyCounts.Where(c => EF.Parameter(days).Contains(c.Day)).ToListAsync(cancellationToken))
        {
            if (!deleted.TryGetValue((count.Day, count.Type), out var minus))
                continue;
            count.Count -= minus;
            if (count.Count <= 0)
                db.EventDailyCounts.Remove(count);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
