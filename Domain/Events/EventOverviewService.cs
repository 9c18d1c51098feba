using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Events;

/// <summary>Event volume for the Overview page, read from the daily counts the event writer keeps.</summary>
public sealed class EventOverviewService(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    public async Task<EventOverview> GetAsync(CancellationToken cancellationToken)
    {
        var today = DateTime.SpecifyKind(time.GetUtcNow().UtcDateTime.Date, DateTimeKind.Utc);
        var from30 = today.AddDays(-29);
        await using var db = contexts.CreateDbContext();
        var total = await db.EventDailyCounts.SumAsync(c => (long?)c.Count, cancellationToken) ?? 0;
        var recent = await db.EventDailyCounts.AsNoTracking()
            .Where(c => c.Day >= from30 && c.Day <= today)
            .ToListAsync(cancellationToken);
        var lastReceivedAt = await db.Events.OrderByDescending(e => e.Id).Select(e => (DateTime?)e.ReceivedAt)
            .FirstOrDefaultAsync(cancellationToken);
        var sources = await db.Sources.CountAsync(cancellationToken);
        return new EventOverview(
            total,
            recent.Where(c => c.Day == today).Sum(c => c.Count),
            recent.Where(c => c.Day > today.AddDays(-7)).Sum(c => c.Count),
            recent.Sum(c => c.Count),
            sources,
            lastReceivedAt,
            recent.Select(c => new EventVolume(DateOnly.FromDateTime(c.Day), c.Type, c.Count))
                .OrderBy(v => v.Day).ThenBy(v => v.Type).ToList());
    }
}
