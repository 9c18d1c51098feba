using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Events;

/// <summary>Reads stored events for the debugger and the management API.</summary>
public sealed class EventQueryService(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<IReadOnlyList<EventListItem>> ListAsync(EventQuery query, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(query.Limit, 1, EventQuery.MaxLimit);
        await using var db = contexts.CreateDbContext();
        var events = db.Events.AsNoTracking();
        if (query.Type is { } type)
            events = events.Where(e => e.Type == type);
        if (!string.IsNullOrWhiteSpace(query.Name))
            events = events.Where(e => e.Name == query.Name);
        if (!string.IsNullOrWhiteSpace(query.UserId))
            events = events.Where(e => e.UserId == query.UserId);
        if (!string.IsNullOrWhiteSpace(query.AnonymousId))
            events = events.Where(e => e.AnonymousId == query.AnonymousId);
        if (!string.IsNullOrWhiteSpace(query.User))
            events = events.Where(e => e.UserId == query.User || e.AnonymousId == query.User);
        if (query.BeforeId is { } before)
            events = events.Where(e => e.Id < before);
        if (query.AfterId is { } after)
            events = events.Where(e => e.Id > after);

        var rows = await events.OrderByDescending(e => e.Id).Take(limit).ToListAsync(cancellationToken);
        var sourceIds = rows.Select(r => r.SourceId).Distinct().ToList();
        var sources = await db.Sources.AsNoTracking().Where(s => sourceIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        return rows.Select(e => new EventListItem(e.Id, e.MessageId, e.Type, e.Name, e.UserId, e.AnonymousId, e.Timestamp,
            e.ReceivedAt, sources.GetValueOrDefault(e.SourceId, $"source {e.SourceId}"), e.Raw)).ToList();
    }
}
