using System.Diagnostics;
using Lodestar.Domain.Data;
using Lodestar.Domain.Destinations;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Retention;

/// <summary>
/// The destination ledger: entries sent before the cutoff, and finished runs (with whatever entries they still have)
/// that ended before it. A run still sending is never touched, so a resumed run finds its batches; the next sync's
/// diff reads the destination's members, not the ledger, so nothing is sent again.
/// </summary>
internal sealed class DestinationLedgerRetentionPurger(IDbContextFactory<PortalDbContext> contexts) : IRetentionPurger
{
    public string Class => RetentionClasses.DestinationLedgers;

    public string Name => "Destination ledgers";

    public string Description =>
        "What was sent to each destination: ledger entries by when they were sent, and finished sync runs by when they finished, " +
        "with their remaining entries. Runs still sending stay; who each destination holds now stays.";

    public async Task<RetentionPurgeResult> PurgeAsync(RetentionPurge purge, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await using var sqlite = await SqlitePurgeConnection.OpenAsync(db, cancellationToken);
        var cutoff = purge.Cutoff;
        var entries = db.DestinationLedger.Where(e => e.SentAt != null && e.SentAt < cutoff
                                                       && db.DestinationRuns.Any(r => r.Id == e.RunId && r.Status != DestinationRunStatus.Running));
        var finishedRuns = db.DestinationRuns.Where(r => r.Status != DestinationRunStatus.Running && (r.FinishedAt ?? r.StartedAt) < cutoff);
        var counts = new Counts(purge, sqlite, await entries.CountAsync(cancellationToken) + await finishedRuns.CountAsync(cancellationToken));
        long after = 0;
        while (await entries.Where(e => e.Id > after).OrderBy(e => e.Id).Select(e => e.Id).Take(purge.Batches.Size).ToListAsync(cancellationToken) is { Count: > 0 } ids)
        {
            await counts.DeleteAsync(ids.Count, runs: false, () => db.DestinationLedger.Where(e => EF.Parameter(ids).Contains(e.Id)).ExecuteDeleteAsync(cancellationToken), cancellationToken);
            after = ids[^1];
        }

        while (await finishedRuns.OrderBy(r => r.Id).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken) is var run and > 0)
        {
            // The run's last entries (never sent: failed or skipped) go before the run, a batch at a time.
            while (await db.DestinationLedger.Where(e => e.RunId == run).Select(e => e.Id).Take(purge.Batches.Size).ToListAsync(cancellationToken) is { Count: > 0 } left)
                await counts.DeleteAsync(left.Count, runs: false, () => db.DestinationLedger.Where(e => EF.Parameter(left).Contains(e.Id)).ExecuteDeleteAsync(cancellationToken), cancellationToken);
            await counts.DeleteAsync(1, runs: true, () => db.DestinationRuns.Where(r => r.Id == run && r.Status != DestinationRunStatus.Running).ExecuteDeleteAsync(cancellationToken), cancellationToken);
        }

        return new RetentionPurgeResult(counts.Rows, 0, counts.Batches, counts.Rows > 0
            ? $"{counts.Entries:N0} ledger {(counts.Entries == 1 ? "entry" : "entries")} and {counts.Runs:N0} finished {(counts.Runs == 1 ? "run" : "runs")}."
            : null);
    }

    public async Task<DateTime?> OldestRemainingAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var entry = await db.DestinationLedger.MinAsync(e => e.SentAt, cancellationToken);
        var run = await db.DestinationRuns.Where(r => r.Status != DestinationRunStatus.Running).MinAsync(r => (DateTime?)(r.FinishedAt ?? r.StartedAt), cancellationToken);
        return entry is null ? run : run is null ? entry : entry < run ? entry : run;
    }

    private sealed class Counts(RetentionPurge purge, SqlitePurgeConnection sqlite, long total)
    {
        public long Entries { get; private set; }

        public long Runs { get; private set; }

        public int Batches { get; private set; }

        public long Rows => Entries + Runs;

        /// <summary>Each delete is its own short statement (and transaction); its time sizes the next one.</summary>
        public async Task DeleteAsync(int rows, bool runs, Func<Task<int>> delete, CancellationToken cancellationToken)
        {
            var watch = Stopwatch.StartNew();
            var deleted = await delete();
            (Entries, Runs, Batches) = runs ? (Entries, Runs + deleted, Batches + 1) : (Entries + deleted, Runs, Batches + 1);
            await sqlite.RestAsync(purge, rows, watch.Elapsed, cancellationToken);
            await purge.Progress(total == 0 ? 1 : Math.Min(1, (double)Rows / total), $"{Entries:N0} ledger entries and {Runs:N0} runs purged", cancellationToken);
        }
    }
}
