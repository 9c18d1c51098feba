using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Destinations.EventStream;

/// <summary>
/// Writes what a pass did. A delivered (or wholly filtered) batch moves the stream position in the same transaction
/// that counts it in the run, so a crash either keeps both or neither; a failure counts towards the circuit breaker.
/// The advance is a brief write (<see cref="SqliteBriefWrite"/>): it runs several times a second beside ingestion.
/// </summary>
internal sealed class EventStreamRecorder(IDbContextFactory<PortalDbContext> contexts, int failedRunsBeforePause)
{
    /// <param name="runId">The run to add to; null starts a new one.</param>
    /// <returns>The run, or null when the position is no longer <paramref name="expectedPosition"/> (another pass moved it).</returns>
    public async Task<DestinationRun?> AdvanceAsync(long destinationId, long expectedPosition, EventStreamBatch batch,
        long? runId, DestinationRunTrigger trigger, DateTime startedAt, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Read before the write lock is taken: only passes of this destination, which take turns, change its runs.
        var run = runId is null ? null : await db.DestinationRuns.FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
        await using var brief = await SqliteBriefWrite.EnterAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var moved = await db.Destinations
            .Where(d => d.Id == destinationId && d.StreamPosition == expectedPosition)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.StreamPosition, (long?)batch.LastId)
                .SetProperty(d => d.ConsecutiveFailures, 0), cancellationToken);
        if (moved == 0)
            return null;

        if (run is null)
        {
            run = new DestinationRun
            {
                DestinationId = destinationId, Trigger = trigger, Status = DestinationRunStatus.Succeeded,
                StartedAt = startedAt, FirstEventId = batch.FirstId,
            };
            db.DestinationRuns.Add(run);
        }

        run.Planned += batch.Messages.Count;
        run.Sent += batch.Messages.Count;
        run.Skipped += batch.Skipped;
        run.LastEventId = batch.LastId;
        run.FinishedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return run;
    }

    /// <summary>A pass that could not deliver <paramref name="batch"/> (null: it could not start); the position stays.</summary>
    /// <returns>The failed run, or null when the destination was deleted meanwhile.</returns>
    public async Task<DestinationRun?> FailAsync(long destinationId, EventStreamBatch? batch, DestinationRunTrigger trigger,
        DateTime startedAt, DateTime now, string error, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var destination = await db.Destinations.FirstOrDefaultAsync(d => d.Id == destinationId, cancellationToken);
        if (destination is null)
            return null;
        var run = new DestinationRun
        {
            DestinationId = destinationId, Trigger = trigger, Status = DestinationRunStatus.Failed,
            StartedAt = startedAt, FinishedAt = now, Planned = batch?.Messages.Count ?? 0, Failed = batch?.Messages.Count ?? 0,
            Error = Truncate(error), FirstEventId = batch?.FirstId, LastEventId = batch?.LastId,
        };
        db.DestinationRuns.Add(run);
        destination.ConsecutiveFailures++;
        if (destination.ConsecutiveFailures >= failedRunsBeforePause && destination.PausedAt is null)
        {
            destination.PausedAt = now;
            destination.PausedReason = Truncate($"{destination.ConsecutiveFailures} forwarding passes in a row failed; " +
                                                $"events are kept and forwarded from where it stopped once resumed. Last error: {error}");
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return run;
    }

    /// <summary>A pass asked for by someone that could not run (disabled, paused): said in the history, nothing counted.</summary>
    public async Task<DestinationRun> SkipAsync(long destinationId, DestinationRunTrigger trigger, DateTime now, string why, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = new DestinationRun
        {
            DestinationId = destinationId, Trigger = trigger, Status = DestinationRunStatus.Skipped,
            StartedAt = now, FinishedAt = now, Error = Truncate(why),
        };
        db.DestinationRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    private static string Truncate(string text) =>
        text.Length <= DestinationLimits.ErrorLength ? text : text[..(DestinationLimits.ErrorLength - 1)] + "…";
}
