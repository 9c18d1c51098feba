using Lodestar.Domain.Data;
using Lodestar.Domain.Events;
using Lodestar.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Ingestion;

/// <summary>
/// Adds events, their daily counts and the consent changes they carry through EF inside the caller's transaction: the provider-neutral path, also used
/// where events must commit together with other rows (the CRM's records and the messages about them).
/// </summary>
internal static class EventRows
{
    /// <returns>For each event, whether it was inserted (false: its messageId is already stored).</returns>
    public static async Task<bool[]> AddAsync(PortalDbContext db, IReadOnlyList<TrackedEvent> events, CancellationToken cancellationToken)
    {
        var inserted = await InsertNewAsync(db, events, cancellationToken);
        await CountAsync(db, EventDailyCountCalculator.Tally(events, inserted), cancellationToken);
        await ConsentRows.AddTrackingAsync(db, events, inserted, cancellationToken);
        return inserted;
    }

    private static async Task<bool[]> InsertNewAsync(PortalDbContext db, IReadOnlyList<TrackedEvent> events, CancellationToken cancellationToken)
    {
        // A failed attempt may have left generated keys on the entities.
        foreach (var e in events)
            e.Id = 0;
        var ids = events.Select(e => e.MessageId).Distinct().ToList();
        var stored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(1_000))
        {
            var existing = await db.Events.Where(e => chunk.Contains(e.MessageId)).Select(e => e.MessageId).ToListAsync(cancellationToken);
            stored.UnionWith(existing);
        }

        var inserted = new bool[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            if (!stored.Add(events[i].MessageId))
                continue;
            inserted[i] = true;
            db.Events.Add(events[i]);
        }

        await db.SaveChangesAsync(cancellationToken);
        return inserted;
    }

    /// <summary>Increments in SQL, so that two nodes counting the same day at once both count.</summary>
    private static async Task CountAsync(PortalDbContext db, IReadOnlyList<EventDailyCount> tallies, CancellationToken cancellationToken)
    {
        foreach (var tally in tallies)
        {
            var updated = await db.EventDailyCounts.Where(c => c.Day == tally.Day && c.Type == tally.Type)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.Count, c => c.Count + tally.Count), cancellationToken);
            if (updated == 0)
            {
                db.EventDailyCounts.Add(tally);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }
}
