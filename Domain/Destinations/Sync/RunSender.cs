using Lodestar.Domain.Data;
using Lodestar.Domain.Destinations.Sending;
using Lodestar.Domain.Operations;
using Microsoft.EntityFrameworkCore;

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
            await RecordAsync(run, connection.Id, records, outcome, cancellationToken);
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

    private async Task RecordAsync(DestinationRun run, long connectionId, IReadOnlyList<AudienceRecord> records, BatchOutcome outcome,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var ids = records.Select(r => r.LedgerEntryId).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entries = await db.DestinationLedger.Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);
        foreach (var entry in entries)
        {
            (entry.Status, entry.Error) = outcome.Error is { } error ? (LedgerStatus.Failed, Truncate(error))
                : outcome.Failed.TryGetValue(entry.Id, out var failed) ? (LedgerStatus.Failed, Truncate(failed))
                : outcome.Skipped.TryGetValue(entry.Id, out var skipped) ? (LedgerStatus.Skipped, Truncate(skipped))
                : (LedgerStatus.Sent, null);
            entry.SentAt = entry.Status == LedgerStatus.Sent ? now : null;
        }

        await db.SaveChangesAsync(cancellationToken);
        var sentAdds = entries.Where(e => e.Status == LedgerStatus.Sent && e.Action == LedgerAction.Add).Select(e => e.ProfileId).ToList();
        // A removal the destination had no use for (nothing to find the member by) is settled all the same.
        var sentRemoves = entries.Where(e => e.Status is LedgerStatus.Sent or LedgerStatus.Skipped && e.Action == LedgerAction.Remove)
            .Select(e => e.ProfileId).ToList();
        if (sentRemoves.Count > 0)
            await db.DestinationMembers.Where(m => m.ConnectionId == connectionId && sentRemoves.Contains(m.ProfileId)).ExecuteDeleteAsync(cancellationToken);
        if (sentAdds.Count > 0)
        {
            var held = await db.DestinationMembers.Where(m => m.ConnectionId == connectionId && sentAdds.Contains(m.ProfileId))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, now), cancellationToken);
            var existing = held == 0 ? [] : await db.DestinationMembers.Where(m => m.ConnectionId == connectionId && sentAdds.Contains(m.ProfileId))
                .Select(m => m.ProfileId).ToHashSetAsync(cancellationToken);
            db.DestinationMembers.AddRange(sentAdds.Where(p => !existing.Contains(p))
                .Select(p => new DestinationMember { ConnectionId = connectionId, ProfileId = p, SentAt = now }));
            await db.SaveChangesAsync(cancellationToken);
        }

        int sent = entries.Count(e => e.Status == LedgerStatus.Sent), failedCount = entries.Count(e => e.Status == LedgerStatus.Failed), skippedCount = entries.Count(e => e.Status == LedgerStatus.Skipped);
        await db.DestinationRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Sent, r => r.Sent + sent)
            .SetProperty(r => r.Failed, r => r.Failed + failedCount)
            .SetProperty(r => r.Skipped, r => r.Skipped + skippedCount), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
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
