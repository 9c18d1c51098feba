using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Insights;

/// <summary>
/// People's saved funnels and path charts. Each sees only their own: someone else's insight is "not found", so ids
/// reveal nothing. Running a query belongs to the caller that can read it; this service keeps what it answered.
/// </summary>
public sealed class InsightService(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    public async Task<IReadOnlyList<SavedInsight>> ListAsync(string ownerUserId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.SavedInsights.AsNoTracking().Where(i => i.OwnerUserId == ownerUserId)
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).ToListAsync(cancellationToken);
    }

    /// <exception cref="NotFoundException">No such insight of this owner.</exception>
    public async Task<SavedInsight> GetAsync(long id, string ownerUserId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await FindAsync(db.SavedInsights.AsNoTracking(), id, ownerUserId, cancellationToken);
    }

    /// <summary>Saves the insight and adds it to the end of the owner's dashboard, in one transaction.</summary>
    /// <exception cref="DomainValidationException">A field is wrong, or the owner has saved as many as allowed.</exception>
    public async Task<SavedInsight> CreateAsync(InsightFields input, string ownerUserId, CancellationToken cancellationToken)
    {
        var fields = InsightFieldsValidator.Normalize(input);
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.CreateDbContext();
        if (await db.SavedInsights.CountAsync(i => i.OwnerUserId == ownerUserId, cancellationToken) >= InsightLimits.MaxPerOwner)
            throw new DomainValidationException("name", $"You have {InsightLimits.MaxPerOwner} saved insights, the most one person keeps: delete one first.");
        var insight = new SavedInsight
        {
            OwnerUserId = ownerUserId, Name = fields.Name!, Kind = fields.Kind, QueryJson = fields.QueryJson!, CreatedAt = now, UpdatedAt = now,
        };
        var dashboard = await DashboardService.MineAsync(db, ownerUserId, now, cancellationToken);
        dashboard.Items.Add(new DashboardItem { Insight = insight, Position = dashboard.Items.Count, Size = DashboardItemSize.Medium });
        dashboard.UpdatedAt = now;
        db.SavedInsights.Add(insight);
        await db.SaveChangesAsync(cancellationToken);
        return insight;
    }

    /// <summary>Renames it or changes its query; a changed query forgets the stored result, which answered the old one.</summary>
    /// <exception cref="NotFoundException">No such insight of this owner.</exception>
    /// <exception cref="DomainValidationException">A field is wrong, or the kind changed.</exception>
    public async Task<SavedInsight> UpdateAsync(long id, InsightFields input, string ownerUserId, CancellationToken cancellationToken)
    {
        var fields = InsightFieldsValidator.Normalize(input);
        await using var db = contexts.CreateDbContext();
        var insight = await FindAsync(db.SavedInsights, id, ownerUserId, cancellationToken);
        if (fields.Kind != insight.Kind)
            throw new DomainValidationException("kind", $"'{insight.Name}' is a saved {Word(insight.Kind)}: save a new insight for a {Word(fields.Kind)}.");
        if (fields.QueryJson != insight.QueryJson)
            (insight.QueryJson, insight.ResultJson, insight.ComputedAt) = (fields.QueryJson!, null, null);
        insight.Name = fields.Name!;
        insight.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return insight;
    }

    /// <exception cref="NotFoundException">No such insight of this owner.</exception>
    public async Task DeleteAsync(long id, string ownerUserId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var insight = await FindAsync(db.SavedInsights, id, ownerUserId, cancellationToken);
        db.SavedInsights.Remove(insight);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Keeps a result of <paramref name="queryJson"/>, unless the query changed while it ran (then the result would
    /// describe another question, and the stored one stays).
    /// </summary>
    /// <exception cref="NotFoundException">No such insight of this owner (or it was deleted meanwhile).</exception>
    public async Task<SavedInsight> StoreResultAsync(long id, string ownerUserId, string queryJson, string resultJson, DateTime computedAt,
        CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var insight = await FindAsync(db.SavedInsights, id, ownerUserId, cancellationToken);
        if (insight.QueryJson != queryJson)
            return insight;
        (insight.ResultJson, insight.ComputedAt) = (resultJson, computedAt);
        await db.SaveChangesAsync(cancellationToken);
        return insight;
    }

    private static async Task<SavedInsight> FindAsync(IQueryable<SavedInsight> insights, long id, string ownerUserId, CancellationToken cancellationToken) =>
        await insights.FirstOrDefaultAsync(i => i.Id == id && i.OwnerUserId == ownerUserId, cancellationToken)
        ?? throw new NotFoundException($"You have no saved insight with id {id}.");

    private static string Word(InsightKind kind) => kind == InsightKind.Funnel ? "funnel" : "path chart";
}
