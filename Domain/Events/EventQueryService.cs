using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Events;

/// <summary>
/// Reads stored events for the debugger and the management API, newest first by key. The event table has no
/// filter indexes (they would slow ingestion), so a filtered request searches at most <see cref="EventQuery.ScanWindow"/>
/// events back from where it starts and returns where to continue: the answer time stays bounded on any table size.
/// </summary>
public sealed class EventQueryService(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<EventPage> ListAsync(EventQuery query, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(query.Limit, 1, EventQuery.MaxLimit);
        await using var db = contexts.CreateDbContext();
        var events = db.Events.AsNoTracking();
        long? floor = null;
        if (query.HasFilter)
        {
            var start = query.BeforeId ?? (await db.Events.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0) + 1;
            floor = Math.Max(start - query.ScanWindow, query.AfterId + 1 ?? 0);
            events = events.Where(e => e.Id >= floor);
        }

        events = Filter(events, query);
        var rows = await events.OrderByDescending(e => e.Id).Take(limit).ToListAsync(cancellationToken);
        var nextBefore = rows.Count == limit ? rows[^1].Id : floor > 1 && query.AfterId is null ? floor : null;

        return new EventPage(await ToItemsAsync(db, rows, cancellationToken), nextBefore);
    }

    /// <summary>Stored rows as list items, each named with its source.</summary>
    internal static async Task<List<EventListItem>> ToItemsAsync(PortalDbContext db, List<TrackedEvent> rows, CancellationToken cancellationToken)
    {
        var sourceIds = rows.Select(r => r.SourceId).Distinct().ToList();
        var sources = await db.Sources.AsNoTracking().Where(s => sourceIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        return rows.Select(e => new EventListItem(e.Id, e.MessageId, e.Type, e.Name, e.UserId, e.AnonymousId, e.Timestamp,
            e.ReceivedAt, sources.GetValueOrDefault(e.SourceId, $"source {e.SourceId}"), e.Raw)).ToList();
    }

    private static IQueryable<TrackedEvent> Filter(IQueryable<TrackedEvent> events, EventQuery query)
    {
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
        return events;
    }
}
