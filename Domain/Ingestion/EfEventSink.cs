using Lodestar.Domain.Data;
using Lodestar.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Ingestion;

/// <summary>
/// The provider-neutral insert path (used on SQL Server): drops messageIds already stored or repeated in the group,
/// then inserts the rest in one SaveChanges. When another node commits the same messageId in between, the unique
/// index refuses the whole group, and it is retried against the new state.
/// </summary>
public sealed class EfEventSink(IDbContextFactory<PortalDbContext> contexts) : IEventSink
{
    private const int Attempts = 3;

    public async Task<bool[]> InsertAsync(IReadOnlyList<TrackedEvent> events, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryInsertAsync(events, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another node committed one of these messageIds meanwhile: look again at what is stored.
            }
        }
    }

    private async Task<bool[]> TryInsertAsync(IReadOnlyList<TrackedEvent> events, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        // The events and their daily counts commit together; the strategy replays the whole unit on transient faults.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var inserted = await InsertNewAsync(db, events, cancellationToken);
            await CountAsync(db, EventDailyCountCalculator.Tally(events, inserted), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return inserted;
        });
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

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
