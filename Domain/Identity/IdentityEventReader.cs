using System.Runtime.CompilerServices;
using Lodestar.Domain.Data;
using Lodestar.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Identity;

/// <summary>Reads stored events in id (arrival) order, as identity resolution needs them.</summary>
public sealed class IdentityEventReader(IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>The next events after <paramref name="afterId"/>, at most <paramref name="limit"/>.</summary>
    /// <param name="allRaw">Custom identifier types read keys of the raw message, so every message needs it.</param>
    public async Task<List<IdentityEvent>> ReadAsync(long afterId, int limit, bool allRaw, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await Project(db.Events.AsNoTracking().Where(e => e.Id > afterId).OrderBy(e => e.Id).Take(limit), allRaw)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Every event from the first up to <paramref name="upToId"/>, streamed.</summary>
    public async IAsyncEnumerable<IdentityEvent> StreamAsync(long upToId, bool allRaw, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        var query = Project(db.Events.AsNoTracking().Where(e => e.Id <= upToId).OrderBy(e => e.Id), allRaw);
        await foreach (var e in query.AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return e;
    }

    public async Task<long> LastEventIdAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Events.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
    }

    private static IQueryable<IdentityEvent> Project(IQueryable<TrackedEvent> events, bool allRaw) =>
        events.Select(e => new IdentityEvent(
            e.Id, e.MessageId, e.Type, e.Timestamp, e.UserId, e.AnonymousId, e.PreviousId, e.Email, e.Phone, e.DeviceId,
            e.ExternalIds, allRaw || e.Type == MessageType.Identify ? e.Raw : null));
}
