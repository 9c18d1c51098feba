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
                foreach (var e in events)
                    e.Id = 0;
            }
        }
    }

    private async Task<bool[]> TryInsertAsync(IReadOnlyList<TrackedEvent> events, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
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

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
