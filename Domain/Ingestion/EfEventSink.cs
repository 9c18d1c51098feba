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
            var inserted = await EventRows.AddAsync(db, events, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return inserted;
        });
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
