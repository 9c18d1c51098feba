using Lodestar.Domain.Data;
using Lodestar.Domain.Privacy.Subjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lodestar.Domain.Privacy.Deletion;

/// <summary>
/// Erases a located person from every store. Events go in batches, each in its own short transaction with the receipt
/// (ingestion and readers wait at most one batch); then everything else in one transaction. Each step deletes what is
/// there now, so running it again removes nothing twice and misses nothing left.
/// </summary>
public sealed class FootprintEraser(IDbContextFactory<PortalDbContext> contexts, IOptions<DeletionOptions> options, TimeProvider time)
{
    private readonly int _batchSize = Math.Clamp(options.Value.BatchSize, 100, 20_000);

    /// <param name="region">The identity rules' default region (phone numbers written without a country code).</param>
    public async Task<DeletionReceipt> EraseAsync(long requestId, DeletionMode mode, DeletionPlan plan, SubjectFootprint footprint, string region,
        DeletionReceipt receipt, CancellationToken cancellationToken)
    {
        var values = plan.PersonalValues;
        foreach (var batch in footprint.EventIds.Chunk(_batchSize))
            receipt = await InTransactionAsync(requestId, receipt, (db, before) => mode == DeletionMode.Delete
                ? EventErasure.DeleteAsync(db, batch, before, cancellationToken)
                : EventErasure.AnonymiseAsync(db, batch, values, plan.AnonymousId, region, before, cancellationToken), cancellationToken);
        foreach (var batch in footprint.MentionEventIds.Chunk(_batchSize))
            receipt = await InTransactionAsync(requestId, receipt, (db, before) =>
                EventErasure.ScrubAsync(db, batch, values, plan.AnonymousId, region, before, cancellationToken), cancellationToken);

        var eventIds = footprint.EventIds;
        var contacts = plan.ContactIds;
        return await InTransactionAsync(requestId, receipt, async (db, before) =>
        {
            var after = await IdentityRowErasure.EraseAsync(db, plan, eventIds, before, time.GetUtcNow().UtcDateTime, cancellationToken);
            after = await CrmRowErasure.EraseAsync(db, contacts, after, cancellationToken);
            return await AudienceRowErasure.EraseAsync(db, plan, after, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>One unit of erasure and the receipt it leads to, committed together (replayed whole on a transient SQL Server fault).</summary>
    private async Task<DeletionReceipt> InTransactionAsync(long requestId, DeletionReceipt before,
        Func<PortalDbContext, DeletionReceipt, Task<DeletionReceipt>> erase, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var after = await erase(db, before);
            var json = after.ToJson();
            await db.DeletionRequests.Where(r => r.Id == requestId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Receipt, json), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return after;
        });
    }
}
