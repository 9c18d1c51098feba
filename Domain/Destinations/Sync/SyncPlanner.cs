using Lodestar.Domain.Data;
using Lodestar.Domain.Data.Bulk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lodestar.Domain.Destinations.Sync;

/// <summary>
/// Starts a run: computes the diff and writes every record into the ledger as Pending with its batch, in one
/// transaction, before anything is sent. Adds come first, then removes; a batch holds one kind.
/// </summary>
internal static class SyncPlanner
{
    public static async Task<DestinationRun> PlanAsync(PortalDbContext db, Destination destination, DestinationConnection connection,
        DestinationRunTrigger trigger, bool full, int batchSize, DateTime now, CancellationToken cancellationToken)
    {
        var diff = new AudienceDiff(db, connection, destination.RequiredConsentCategory, full);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var adds = await diff.Adds.OrderBy(p => p).ToListAsync(cancellationToken);
        var removes = await diff.Removes.OrderBy(p => p).ToListAsync(cancellationToken);
        var run = new DestinationRun
        {
            DestinationId = destination.Id, ConnectionId = connection.Id, Trigger = trigger, Status = DestinationRunStatus.Running,
            Full = full, StartedAt = now, Planned = adds.Count + removes.Count,
        };
        db.DestinationRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        var addBatches = (adds.Count + batchSize - 1) / batchSize;
        var rows = adds.Select((p, i) => (Profile: p, Action: LedgerAction.Add, Batch: i / batchSize))
            .Concat(removes.Select((p, i) => (Profile: p, Action: LedgerAction.Remove, Batch: addBatches + i / batchSize)))
            .ToList();
        await InsertAsync(db, transaction, run, rows, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return run;
    }

    /// <summary>A replay: the records a run sent, with their payloads, as the Pending records of a new run.</summary>
    public static async Task<DestinationRun> PlanReplayAsync(PortalDbContext db, DestinationRun source, int batchSize, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sent = await db.DestinationLedger.AsNoTracking().Where(e => e.RunId == source.Id && e.Status == LedgerStatus.Sent)
            .OrderBy(e => e.Action).ThenBy(e => e.Id).Select(e => new { e.ProfileId, e.Action, e.Payload }).ToListAsync(cancellationToken);
        var run = new DestinationRun
        {
            DestinationId = source.DestinationId, ConnectionId = source.ConnectionId, Trigger = DestinationRunTrigger.Replay,
            Status = DestinationRunStatus.Running, StartedAt = now, Planned = sent.Count,
        };
        db.DestinationRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await using (var rows = new BulkInserter(connection, transaction.GetDbTransaction(), "DestinationLedger",
                         "RunId", "DestinationId", "ConnectionId", "ProfileId", "Action", "Batch", "Status", "Payload"))
        {
            var addCount = sent.Count(e => e.Action == LedgerAction.Add);
            var addBatches = (addCount + batchSize - 1) / batchSize;
            var batched = sent.Select((e, i) => (e, Batch: i < addCount ? i / batchSize : addBatches + (i - addCount) / batchSize)).ToList();
            await rows.InsertAsync(batched, r =>
                [run.Id, run.DestinationId, run.ConnectionId, r.e.ProfileId, r.e.Action.ToString(), r.Batch, nameof(LedgerStatus.Pending), r.e.Payload],
                cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return run;
    }

    private static async Task InsertAsync(PortalDbContext db, IDbContextTransaction transaction, DestinationRun run,
        List<(long Profile, LedgerAction Action, int Batch)> rows, CancellationToken cancellationToken)
    {
        await using var inserter = new BulkInserter(db.Database.GetDbConnection(), transaction.GetDbTransaction(), "DestinationLedger",
            "RunId", "DestinationId", "ConnectionId", "ProfileId", "Action", "Batch", "Status");
        await inserter.InsertAsync(rows, r =>
            [run.Id, run.DestinationId, run.ConnectionId, r.Profile, r.Action.ToString(), r.Batch, nameof(LedgerStatus.Pending)],
            cancellationToken);
    }
}
