using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Insights;

/// <summary>Each person's dashboard: their saved insights in their order, read with the stored results (nothing is recomputed).</summary>
public sealed class DashboardService(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    /// <summary>The cards in order; no dashboard yet is an empty one.</summary>
    public async Task<IReadOnlyList<DashboardItem>> ItemsAsync(string ownerUserId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.DashboardItems.AsNoTracking().Include(i => i.Insight)
            .Where(i => db.Dashboards.Any(d => d.Id == i.DashboardId && d.OwnerUserId == ownerUserId))
            .OrderBy(i => i.Position).ThenBy(i => i.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Replaces the arrangement: these insights, in this order, at these sizes.</summary>
    /// <exception cref="DomainValidationException">An insight is not the owner's, is listed twice, or a size is unknown (<c>items[2].insightId</c>).</exception>
    public async Task<IReadOnlyList<DashboardItem>> SaveAsync(string ownerUserId, IReadOnlyList<(long InsightId, DashboardItemSize Size)> items,
        CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var ids = items.Select(i => i.InsightId).ToList();
        var mine = (await db.SavedInsights.Where(i => i.OwnerUserId == ownerUserId && ids.Contains(i.Id)).Select(i => i.Id)
            .ToListAsync(cancellationToken)).ToHashSet();
        var errors = new Dictionary<string, string[]>();
        var seen = new HashSet<long>();
        for (var k = 0; k < items.Count; k++)
        {
            var (id, size) = items[k];
            if (!mine.Contains(id))
                errors[$"items[{k}].insightId"] = [$"You have no saved insight with id {id}."];
            else if (!seen.Add(id))
                errors[$"items[{k}].insightId"] = [$"Insight {id} is on the dashboard already (item {ids.IndexOf(id) + 1})."];
            if (!Enum.IsDefined(size))
                errors[$"items[{k}].size"] = ["The size is small, medium or large."];
        }

        if (errors.Count > 0)
            throw new DomainValidationException(errors);
        var now = time.GetUtcNow().UtcDateTime;
        var dashboard = await MineAsync(db, ownerUserId, now, cancellationToken);
        db.DashboardItems.RemoveRange(dashboard.Items);
        dashboard.Items = [.. items.Select((item, k) => new DashboardItem { InsightId = item.InsightId, Position = k, Size = item.Size })];
        dashboard.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return await ItemsAsync(ownerUserId, cancellationToken);
    }

    /// <summary>The owner's dashboard with its items, tracked by <paramref name="db"/>; a new one (added, not saved) if they have none.</summary>
    internal static async Task<Dashboard> MineAsync(PortalDbContext db, string ownerUserId, DateTime now, CancellationToken cancellationToken)
    {
        var dashboard = await db.Dashboards.Include(d => d.Items).FirstOrDefaultAsync(d => d.OwnerUserId == ownerUserId, cancellationToken);
        if (dashboard is not null)
            return dashboard;
        dashboard = new Dashboard { OwnerUserId = ownerUserId, UpdatedAt = now };
        db.Dashboards.Add(dashboard);
        return dashboard;
    }
}
