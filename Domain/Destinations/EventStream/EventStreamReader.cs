using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Destinations.EventStream;

/// <summary>Reads stored events in id order, a batch at a time, and applies a destination's filters to them.</summary>
internal sealed class EventStreamReader(IDbContextFactory<PortalDbContext> contexts)
{
    /// <param name="after">Events with a greater id…</param>
    /// <param name="upTo">…and at most this id (null: to the end).</param>
    /// <returns>Null when there are no such events.</returns>
    public async Task<EventStreamBatch?> ReadAsync(long after, long? upTo, int batchSize, EventFilter filter, string destinationName,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Events.AsNoTracking().Where(e => e.Id > after);
        if (upTo is { } last)
            query = query.Where(e => e.Id <= last);
        var rows = await query
            .OrderBy(e => e.Id)
            .Take(batchSize)
            .Select(e => new EventStreamRow(e.Id, e.Type, e.Name, e.Raw))
            .ToListAsync(cancellationToken);
        return EventStreamBatchBuilder.Build(rows, filter, destinationName);
    }
}
