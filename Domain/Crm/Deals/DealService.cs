using Lodestar.Domain.Data;
using Lodestar.Domain.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm.Deals;

/// <summary>
/// Creates, edits, moves and deletes deals. A save records its field changes (the stage among them: who moved it,
/// when) and stores the deal's events in the same transaction.
/// </summary>
public sealed class DealService(IDbContextFactory<PortalDbContext> contexts, CrmSource source, TimeProvider time)
{
    public async Task<DealView> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var deal = await db.Deals.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw NotFound(id);
        return (await DealQueryService.ViewsAsync(db, [deal], cancellationToken))[0];
    }

    /// <exception cref="DomainValidationException">A field is wrong, or the stage, account, contact or owner does not fit.</exception>
    public Task<DealView> CreateAsync(DealFields input, string by, CancellationToken cancellationToken) =>
        SaveAsync(null, input, by, cancellationToken);

    public Task<DealView> UpdateAsync(long id, DealFields input, string by, CancellationToken cancellationToken) =>
        SaveAsync(id, input, by, cancellationToken);

    /// <summary>Moves the deal to another stage of its pipeline (the board's drag and drop).</summary>
    /// <param name="reason">Why it was won or lost; kept when null.</param>
    public async Task<DealView> MoveAsync(long id, long stageId, string? reason, string by, CancellationToken cancellationToken)
    {
        var current = (await GetAsync(id, cancellationToken)).Deal;
        return await SaveAsync(id, FieldsOf(current) with { StageId = stageId, CloseReason = reason ?? current.CloseReason }, by, cancellationToken);
    }

    /// <summary>Deletes the deal; its activities stay on their other records.</summary>
    public async Task DeleteAsync(long id, string by, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await CrmDeletion.DeleteAsync(db, CrmRecordTypes.Deal, id, () => db.Deals.FirstOrDefaultAsync(d => d.Id == id, cancellationToken),
            d => d.Name, by, time.GetUtcNow().UtcDateTime, cancellationToken);
    }

    public async Task<IReadOnlyList<CrmFieldChange>> HistoryAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await CrmHistory.ListExistingAsync(db, CrmRecordTypes.Deal, id, () => db.Deals.AnyAsync(d => d.Id == id, cancellationToken), cancellationToken);
    }

    private async Task<DealView> SaveAsync(long? id, DealFields input, string by, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var fields = DealValidator.Normalize(input);
        var sourceId = await source.IdAsync(cancellationToken);
        await using var db = contexts.CreateDbContext();
        var stage = await DealReferences.CheckAsync(db, fields, cancellationToken);
        // SQL Server retries transient faults: the record, its history and its events are replayed together.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            Deal deal;
            PipelineStage? from = null;
            IReadOnlyList<(string, string?)>? before = null;
            if (id is { } existingId)
            {
                deal = await db.Deals.FirstOrDefaultAsync(d => d.Id == existingId, cancellationToken) ?? throw NotFound(existingId);
                before = DealFieldValues.Of(deal, (await DealQueryService.ViewsAsync(db, [deal], cancellationToken))[0]);
                from = await db.PipelineStages.AsNoTracking().FirstAsync(s => s.Id == deal.StageId, cancellationToken);
            }
            else
            {
                deal = new Deal { Name = "", Currency = "", CreatedAt = now };
                db.Deals.Add(deal);
            }

            DealFieldValues.Apply(deal, fields, stage);
            if (from?.Id != stage.Id)
            {
                deal.StageChangedAt = now;
                deal.ClosedAt = stage.Outcome == StageOutcome.Open ? null : now;
            }

            deal.UpdatedAt = now;
            deal.Version++;
            await db.SaveChangesAsync(cancellationToken);
            var saved = (await DealQueryService.ViewsAsync(db, [deal], cancellationToken))[0];
            CrmHistory.AddChanges(db, CrmRecordTypes.Deal, deal.Id, before, DealFieldValues.Of(deal, saved), by, now);
            await db.SaveChangesAsync(cancellationToken);
            await EventRows.AddAsync(db, DealMessages.For(deal, saved, from, sourceId, now), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return saved;
        });
    }

    private static DealFields FieldsOf(Deal d) => new()
    {
        Name = d.Name, PipelineId = d.PipelineId, StageId = d.StageId, Amount = d.Amount, Currency = d.Currency, CloseDate = d.CloseDate,
        Probability = d.Probability, OwnerId = d.OwnerId, AccountId = d.AccountId, ContactId = d.ContactId, CloseReason = d.CloseReason,
    };

    private static NotFoundException NotFound(long id) => new($"There is no deal with id {id}.");
}
