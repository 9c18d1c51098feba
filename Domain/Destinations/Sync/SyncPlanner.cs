using Lodestar.Domain.Data;
using Lodestar.Domain.Data.Bulk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lodestar.Domain.Destinations.Sync;

/// <summary>
/// Starts a run: computes the diff and writes every record, with the payload that will be sent, into the ledger as
/// Pending with its batch, before anything is sent. Adds come first, then removes; a batch holds one kind. Reads happen
/// outside any write transaction and the ledger is written in chunks, so ingestion is never held up for long; a crash
/// while planning leaves records unplanned, which the next run's diff picks up again.
/// </summary>
internal static class SyncPlanner
{
    private const int Chunk = 10_000;

    public static async Task<DestinationRun> PlanAsync(IDbContextFactory<PortalDbContext> contexts, Destination destination, DestinationConnection connection,
        DestinationRunTrigger trigger, bool full, int batchSize, DateTime now, CancellationToken cancellationToken)
    {
        List<long> adds, removes;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var diff = new AudienceDiff(db, connection, destination.RequiredConsentCategory, full);
            adds = await diff.Adds.OrderBy(p => p).ToListAsync(cancellationToken);
            removes = await diff.Removes.OrderBy(p => p).ToListAsync(cancellationToken);
        }

        var run = new DestinationRun
        {
            DestinationId = destination.Id, ConnectionId = connection.Id, Trigger = trigger, Status = DestinationRunStatus.Running,
            Full = full, StartedAt = now, Planned = adds.Count + removes.Count,
        };
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            db.DestinationRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
        }

        var mapping = DestinationSettings.ReadMapping(connection.Mapping);
        var addBatches = (adds.Count + batchSize - 1) / batchSize;
        var rows = adds.Select((p, i) => (Profile: p, Action: LedgerAction.Add, Batch: i / batchSize))
            .Concat(removes.Select((p, i) => (Profile: p, Action: LedgerAction.Remove, Batch: addBatches + i / batchSize)))
            .ToList();
        foreach (var chunk in rows.Chunk(Chunk))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var payloads = await AudienceRecordBuilder.BuildAsync(db, connection.Id,
                chunk.Where(r => r.Action == LedgerAction.Add).Select(r => r.Profile).ToList(),
                chunk.Where(r => r.Action == LedgerAction.Remove).Select(r => r.Profile).ToList(), mapping, cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await InsertAsync(db, transaction, run, chunk.Select(r => (r.Profile, r.Action, r.Batch, (string?)payloads[r.Profile].ToJson())).ToList(), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return run;
    }

    /// <summary>A replay: the records a run sent, with their payloads, as the Pending records of a new run.</summary>
    public static async Task<DestinationRun> PlanReplayAsync(PortalDbContext db, DestinationRun source, int batchSize, DateTime now, CancellationToken cancellationToken)
    {
        var sent = await db.DestinationLedger.AsNoTracking().Where(e => e.RunId == source.Id && e.Status == LedgerStatus.Sent)
            .OrderBy(e => e.Action).ThenBy(e => e.Id).Select(e => new { e.ProfileId, e.Action, e.Payload }).ToListAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var run = new DestinationRun
        {
            DestinationId = source.DestinationId, ConnectionId = source.ConnectionId, Trigger = DestinationRunTrigger.Replay,
            Status = DestinationRunStatus.Running, StartedAt = now, Planned = sent.Count,
        };
        db.DestinationRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        var addCount = sent.Count(e => e.Action == LedgerAction.Add);
        var addBatches = (addCount + batchSize - 1) / batchSize;
        await InsertAsync(db, transaction, run,
            sent.Select((e, i) => (e.ProfileId, e.Action, i < addCount ? i / batchSize : addBatches + (i - addCount) / batchSize, e.Payload)).ToList(),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return run;
    }

    private static async Task InsertAsync(PortalDbContext db, IDbContextTransaction transaction, DestinationRun run,
        IReadOnlyList<(long Profile, LedgerAction Action, int Batch, string? Payload)> rows, CancellationToken cancellationToken)
    {
        await using var inserter = new BulkInserter(db.Database.GetDbConnection(), transaction.GetDbTransaction(), "DestinationLedger",
            "RunId", "DestinationId", "ConnectionId", "ProfileId", "Action", "Batch", "Status", "Payload");
        await inserter.InsertAsync(rows, r =>
            [run.Id, run.DestinationId, run.ConnectionId, r.Profile, r.Action.ToString(), r.Batch, nameof(LedgerStatus.Pending), r.Payload],
            cancellationToken);
    }
}
