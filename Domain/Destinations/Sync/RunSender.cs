using Lodestar.Domain.Data;
using Lodestar.Domain.Destinations.Sending;
using Lodestar.Domain.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lodestar.Domain.Destinations.Sync;

/// <summary>
/// Sends a run's Pending records batch by batch. Each batch's payloads are committed before it is sent, and its
/// outcome (ledger statuses, the destination's members, the run's counts) in one transaction after, so a crash in
/// between resends the same batch with the same idempotency key and nothing is counted twice.
/// </summary>
internal sealed class RunSender(IDbContextFactory<PortalDbContext> contexts, TimeProvider time, int failedBatchesBeforeStop)
{
    public async Task<string?> SendAsync(DestinationRun run, DestinationConnection connection, string segmentName,
        IAudienceSender sender, DestinationTarget target, IJobProgress? progress, CancellationToken cancellationToken)
    {
        List<int> batches;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            batches = await db.DestinationLedger.Where(e => e.RunId == run.Id && e.Status == LedgerStatus.Pending)
                .Select(e => e.Batch).Distinct().OrderBy(b => b).ToListAsync(cancellationToken);
        var mapping = DestinationSettings.ReadMapping(connection.Mapping);
        var failedInRow = 0;
        string? lastError = null;
        for (var i = 0; i < batches.Count && failedInRow < failedBatchesBeforeStop; i++)
        {
            if (progress is not null)
                await progress.ReportAsync((double)i / batches.Count, $"{target.Name}: batch {i + 1:N0} of {batches.Count:N0}", cancellationToken);
            var records = await PrepareAsync(run, connection.Id, batches[i], mapping, cancellationToken);
            var batch = new AudienceBatch(run.Id, batches[i], $"lodestar-run-{run.Id}-batch-{batches[i]}", connection.Id, connection.SegmentId,
                segmentName, run.StartedAt, records);
            var outcome = await sender.SendAsync(target, batch, cancellationToken);
            await RecordAsync(run, connection.Id, batches[i], records, outcome, cancellationToken);
            failedInRow = outcome.Error is null ? 0 : failedInRow + 1;
            lastError = outcome.Error ?? (outcome.Failed.Count > 0 ? outcome.Failed.Values.First() : lastError);
        }

        if (failedInRow >= failedBatchesBeforeStop)
            await SkipRestAsync(run, $"Not attempted: {failedInRow} batches in a row failed; retried by the next sync.", cancellationToken);
        return lastError;
    }

    private async Task<IReadOnlyList<AudienceRecord>> PrepareAsync(DestinationRun run, long connectionId, int batch,
        IReadOnlyList<FieldMapping> mapping, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = await db.DestinationLedger.Where(e => e.RunId == run.Id && e.Batch == batch && e.Status == LedgerStatus.Pending)
            .OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var missing = entries.Where(e => e.Payload is null).ToList();
        if (missing.Count > 0)
        {
            var payloads = await AudienceRecordBuilder.BuildAsync(db, connectionId,
                missing.Where(e => e.Action == LedgerAction.Add).Select(e => e.ProfileId).ToList(),
                missing.Where(e => e.Action == LedgerAction.Remove).Select(e => e.ProfileId).ToList(), mapping, cancellationToken);
            foreach (var entry in missing)
                entry.Payload = payloads[entry.ProfileId].ToJson();
            await db.SaveChangesAsync(cancellationToken);
        }

        return entries.Select(e => AudiencePayload.Parse(e.Payload!).ToRecord(e.Id, e.Action)).ToList();
    }

    private async Task RecordAsync(DestinationRun run, long connectionId, int batch, IReadOnlyList<AudienceRecord> records, BatchOutcome outcome,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var pending = records.Select(r => r.LedgerEntryId).ToList();
        var failed = outcome.Error is { } error ? pending.ToDictionary(id => id, _ => error) : outcome.Failed.Where(f => pending.Contains(f.Key)).ToDictionary();
        var skipped = outcome.Error is null ? outcome.Skipped.Where(f => pending.Contains(f.Key) && !failed.ContainsKey(f.Key)).ToDictionary() : [];
        var sent = records.Where(r => !failed.ContainsKey(r.LedgerEntryId) && !skipped.ContainsKey(r.LedgerEntryId)).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Failures and skips share a handful of reasons: one statement per reason, then one for everything sent.
        foreach (var (status, reasons) in new[] { (LedgerStatus.Failed, failed), (LedgerStatus.Skipped, skipped) })
        {
            foreach (var group in reasons.GroupBy(r => Truncate(r.Value)))
            {
                var ids = group.Select(g => g.Key).ToList();
                await db.DestinationLedger.Where(e => ids.Contains(e.Id))
                    .ExecuteUpdateAsync(u => u.SetProperty(e => e.Status, status).SetProperty(e => e.Error, group.Key), cancellationToken);
            }
        }

        await db.DestinationLedger.Where(e => e.RunId == run.Id && e.Batch == batch && e.Status == LedgerStatus.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.Status, LedgerStatus.Sent).SetProperty(e => e.SentAt, now), cancellationToken);
        // A removal the destination had no use for (nothing to find the member by) is settled all the same.
        var removed = sent.Concat(records.Where(r => skipped.ContainsKey(r.LedgerEntryId)))
            .Where(r => r.Action == LedgerAction.Remove).Select(r => r.ProfileId).ToList();
        if (removed.Count > 0)
            await db.DestinationMembers.Where(m => m.ConnectionId == connectionId && removed.Contains(m.ProfileId)).ExecuteDeleteAsync(cancellationToken);
        var added = sent.Where(r => r.Action == LedgerAction.Add).Select(r => r.ProfileId).ToList();
        if (added.Count > 0)
            await HoldAsync(db, transaction, connectionId, added, now, cancellationToken);
        await db.DestinationRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(u => u
            .SetProperty(r => r.Sent, r => r.Sent + sent.Count)
            .SetProperty(r => r.Failed, r => r.Failed + failed.Count)
            .SetProperty(r => r.Skipped, r => r.Skipped + skipped.Count), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task HoldAsync(PortalDbContext db, IDbContextTransaction transaction, long connectionId,
        List<long> added, DateTime now, CancellationToken cancellationToken)
    {
        var held = await db.DestinationMembers.Where(m => m.ConnectionId == connectionId && added.Contains(m.ProfileId))
            .Select(m => m.ProfileId).ToHashSetAsync(cancellationToken);
        if (held.Count > 0)
            await db.DestinationMembers.Where(m => m.ConnectionId == connectionId && added.Contains(m.ProfileId))
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.SentAt, now), cancellationToken);
        await using var rows = new Data.Bulk.BulkInserter(db.Database.GetDbConnection(), transaction.GetDbTransaction(), "DestinationMembers",
            "ConnectionId", "ProfileId", "SentAt");
        await rows.InsertAsync(added.Where(p => !held.Contains(p)).ToList(), p => [connectionId, p, now], cancellationToken);
    }

    private async Task SkipRestAsync(DestinationRun run, string reason, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var skipped = await db.DestinationLedger.Where(e => e.RunId == run.Id && e.Status == LedgerStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, LedgerStatus.Skipped).SetProperty(e => e.Error, reason), cancellationToken);
        await db.DestinationRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Skipped, r => r.Skipped + skipped), cancellationToken);
    }

    private static string Truncate(string text) => text.Length <= DestinationLimits.ErrorLength ? text : text[..(DestinationLimits.ErrorLength - 1)] + "…";
}
