using System.Linq.Expressions;
using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Activities;
using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Retention;

/// <summary>
/// Notes, calls, emails and meetings by when they happened, and tasks by when they were completed (open tasks are
/// work still to do and stay), with their field history; also the history left by activities deleted earlier.
/// </summary>
internal sealed class CrmActivityRetentionPurger(IDbContextFactory<PortalDbContext> contexts) : IRetentionPurger
{
    public string Class => RetentionClasses.CrmActivities;

    public string Name => "CRM notes and activities";

    public string Description =>
        "Notes, calls, emails and meetings by when they happened, completed tasks by when they were completed, and their field history. " +
        "Open tasks stay until they are done. Contacts, accounts, deals and tickets stay.";

    public async Task<RetentionPurgeResult> PurgeAsync(RetentionPurge purge, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await using var sqlite = await SqlitePurgeConnection.OpenAsync(db, cancellationToken);
        var total = await db.CrmActivities.CountAsync(OlderThan(purge.Cutoff), cancellationToken);
        long purged = 0, related = 0, after = 0;
        var batches = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ids = await db.CrmActivities.AsNoTracking().Where(a => a.Id > after).Where(OlderThan(purge.Cutoff))
                .OrderBy(a => a.Id).Select(a => a.Id).Take(purge.Batches.Size).ToListAsync(cancellationToken);
            if (ids.Count == 0)
                break;
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var (activities, history) = await DeleteAsync(db, ids, purge.Cutoff, cancellationToken);
            (purged, related, batches, after) = (purged + activities, related + history, batches + 1, ids[^1]);
            await purge.Progress(total == 0 ? 1 : (double)purged / total, $"{purged:N0} activities purged", cancellationToken);
            await sqlite.RestAsync(purge, ids.Count, watch.Elapsed, cancellationToken);
        }

        related += await db.CrmFieldChanges
            .Where(c => c.RecordType == CrmRecordTypes.Activity && c.ChangedAt < purge.Cutoff && !db.CrmActivities.Any(a => a.Id == c.RecordId))
            .ExecuteDeleteAsync(cancellationToken);
        return new RetentionPurgeResult(purged, related, batches, related > 0 ? $"{related:N0} rows of their field history went with them." : null);
    }

    public async Task<DateTime?> OldestRemainingAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.CrmActivities.Where(a => a.Kind != ActivityKind.Task || a.CompletedAt != null)
            .MinAsync(a => (DateTime?)(a.Kind == ActivityKind.Task ? a.CompletedAt : a.OccurredAt), cancellationToken);
    }

    private static Expression<Func<Activity, bool>> OlderThan(DateTime cutoff) =>
        a => (a.Kind != ActivityKind.Task && a.OccurredAt < cutoff) || (a.Kind == ActivityKind.Task && a.CompletedAt != null && a.CompletedAt < cutoff);

    private static async Task<(int Activities, int History)> DeleteAsync(PortalDbContext db, List<long> ids, DateTime cutoff, CancellationToken cancellationToken)
    {
        var result = (0, 0);
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Checked again: an activity edited since the read (a task reopened, a date moved) may no longer be old.
            var still = await db.CrmActivities.Where(a => EF.Parameter(ids).Contains(a.Id)).Where(OlderThan(cutoff)).Select(a => a.Id).ToListAsync(cancellationToken);
            var history = await db.CrmFieldChanges.Where(c => c.RecordType == CrmRecordTypes.Activity && EF.Parameter(still).Contains(c.RecordId))
                .ExecuteDeleteAsync(cancellationToken);
            var activities = await db.CrmActivities.Where(a => EF.Parameter(still).Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            result = (activities, history);
        });
        return result;
    }
}
