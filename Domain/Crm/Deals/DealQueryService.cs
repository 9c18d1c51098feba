using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm.Deals;

/// <summary>The deal list (search, filters, sort, paging) and the pipeline board.</summary>
public sealed class DealQueryService(IDbContextFactory<PortalDbContext> contexts)
{
    public const int BoardDealsPerStage = 50;

    public async Task<CrmPage<DealView>> ListAsync(DealSearch search, CancellationToken cancellationToken)
    {
        CheckSort(search.Sort);
        await using var db = contexts.CreateDbContext();
        var query = Filter(db, search);
        var total = await query.CountAsync(cancellationToken);
        var page = await Sort(db, query, search.Sort).Skip(search.Offset).Take(search.Limit).ToListAsync(cancellationToken);
        return new CrmPage<DealView>(await ViewsAsync(db, page, cancellationToken), total);
    }

    /// <summary>The pipeline's stages in order with their deals, most recently moved first; the first pipeline when none is named.</summary>
    public async Task<DealBoard> BoardAsync(long? pipelineId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var pipeline = await db.Pipelines.AsNoTracking().Include(p => p.Stages)
            .Where(p => pipelineId == null || p.Id == pipelineId).OrderBy(p => p.Position).ThenBy(p => p.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(pipelineId is null ? "There is no pipeline yet: create one first." : $"There is no pipeline with id {pipelineId}.");
        pipeline.Stages = [.. pipeline.Stages.OrderBy(s => s.Position)];
        var sums = await db.Deals.Where(d => d.PipelineId == pipeline.Id)
            .GroupBy(d => new { d.StageId, d.Currency }).Select(g => new { g.Key.StageId, g.Key.Currency, Count = g.Count(), Sum = g.Sum(d => d.Amount) })
            .ToListAsync(cancellationToken);
        var cards = new List<Deal>();
        foreach (var stage in pipeline.Stages)
            cards.AddRange(await db.Deals.AsNoTracking().Where(d => d.StageId == stage.Id)
                .OrderByDescending(d => d.StageChangedAt).ThenByDescending(d => d.Id).Take(BoardDealsPerStage).ToListAsync(cancellationToken));
        // One lookup of names for the whole board, not one per column.
        var views = await ViewsAsync(db, cards, cancellationToken);
        var columns = pipeline.Stages.Select(stage =>
        {
            var mine = sums.Where(s => s.StageId == stage.Id).ToList();
            return new DealBoardColumn(stage, mine.Sum(s => s.Count), mine.ToDictionary(s => s.Currency, s => s.Sum),
                views.Where(v => v.Deal.StageId == stage.Id).ToList());
        }).ToList();
        return new DealBoard(pipeline, columns);
    }

    /// <exception cref="DomainValidationException">The sort key is unknown.</exception>
    public static void CheckSort(string? sort) => CrmSorts.Check(sort, DealSearch.SortKeys);

    internal static async Task<List<DealView>> ViewsAsync(PortalDbContext db, IReadOnlyList<Deal> deals, CancellationToken cancellationToken)
    {
        var stageIds = deals.Select(d => d.StageId).Distinct().ToList();
        var stages = await db.PipelineStages.AsNoTracking().Where(s => stageIds.Contains(s.Id))
            .Select(s => new { Stage = s, Pipeline = db.Pipelines.Where(p => p.Id == s.PipelineId).Select(p => p.Name).First() })
            .ToDictionaryAsync(s => s.Stage.Id, cancellationToken);
        var owners = await CrmLookups.OwnerNamesAsync(db, deals.Select(d => d.OwnerId), cancellationToken);
        var accounts = await CrmLookups.AccountNamesAsync(db, deals.Select(d => d.AccountId), cancellationToken);
        var contacts = await CrmLookups.ContactNamesAsync(db, deals.Select(d => d.ContactId), cancellationToken);
        return deals.Select(d =>
        {
            var stage = stages[d.StageId];
            return new DealView(d, stage.Pipeline, stage.Stage.Name, stage.Stage.Outcome, d.Probability ?? stage.Stage.Probability,
                d.AccountId is { } a ? accounts.GetValueOrDefault(a) : null,
                d.ContactId is { } c ? contacts.GetValueOrDefault(c) : null,
                d.OwnerId is { } o ? owners.GetValueOrDefault(o) : null);
        }).ToList();
    }

    private static IQueryable<Deal> Filter(PortalDbContext db, DealSearch search)
    {
        var query = db.Deals.AsNoTracking();
        if (search.PipelineId is { } pipelineId)
            query = query.Where(d => d.PipelineId == pipelineId);
        if (search.StageId is { } stageId)
            query = query.Where(d => d.StageId == stageId);
        if (!string.IsNullOrWhiteSpace(search.OwnerId))
            query = query.Where(d => d.OwnerId == search.OwnerId);
        if (search.AccountId is { } accountId)
            query = query.Where(d => d.AccountId == accountId);
        if (search.ContactId is { } contactId)
            query = query.Where(d => d.ContactId == contactId);
        if (search.Outcome is { } outcome)
            query = query.Where(d => db.PipelineStages.Any(s => s.Id == d.StageId && s.Outcome == outcome));
        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var pattern = LikePatterns.Containing(search.Q.Trim());
            query = query.Where(d => EF.Functions.Like(d.Name, pattern, LikePatterns.Escape));
        }

        return query;
    }

    private static IQueryable<Deal> Sort(PortalDbContext db, IQueryable<Deal> query, string? sort)
    {
        var (key, descending) = CrmSorts.Parse(sort);
        IOrderedQueryable<Deal> ordered = key switch
        {
            "amount" => descending ? query.OrderByDescending(d => d.Amount) : query.OrderBy(d => d.Amount),
            "closeDate" => descending ? query.OrderByDescending(d => d.CloseDate) : query.OrderBy(d => d.CloseDate),
            "stage" => descending
                ? query.OrderByDescending(d => db.PipelineStages.Where(s => s.Id == d.StageId).Select(s => s.Position).First())
                : query.OrderBy(d => db.PipelineStages.Where(s => s.Id == d.StageId).Select(s => s.Position).First()),
            "createdAt" => descending ? query.OrderByDescending(d => d.CreatedAt) : query.OrderBy(d => d.CreatedAt),
            "updatedAt" => descending ? query.OrderByDescending(d => d.UpdatedAt) : query.OrderBy(d => d.UpdatedAt),
            _ => descending ? query.OrderByDescending(d => d.Name) : query.OrderBy(d => d.Name),
        };
        return ordered.ThenBy(d => d.Id);
    }
}
