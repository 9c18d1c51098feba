using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Events;

/// <summary>Event volume for the Overview page: counts by time window and by day and type over the last 30 days.</summary>
public sealed class EventOverviewService(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    public async Task<EventOverview> GetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var from30 = now.Date.AddDays(-29);
        await using var db = contexts.CreateDbContext();
        var last = await db.Events.AsNoTracking().OrderByDescending(e => e.Id)
            .Select(e => new { e.Id, e.ReceivedAt }).FirstOrDefaultAsync(cancellationToken);
        var total = last is null ? 0 : await db.Events.LongCountAsync(cancellationToken);
        var volume = await db.Events.AsNoTracking()
            .Where(e => e.Timestamp >= from30 && e.Timestamp <= now)
            .GroupBy(e => new { e.Timestamp.Date, e.Type })
            .Select(g => new { g.Key.Date, g.Key.Type, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var last24 = await db.Events.CountAsync(e => e.Timestamp > now.AddHours(-24) && e.Timestamp <= now, cancellationToken);
        var last7 = await db.Events.CountAsync(e => e.Timestamp > now.AddDays(-7) && e.Timestamp <= now, cancellationToken);
        var sources = await db.Sources.CountAsync(cancellationToken);
        return new EventOverview(total, last24, last7, volume.Sum(v => v.Count), sources, last?.ReceivedAt,
            volume.Select(v => new EventVolume(DateOnly.FromDateTime(v.Date), v.Type, v.Count))
                .OrderBy(v => v.Day).ThenBy(v => v.Type).ToList());
    }
}
