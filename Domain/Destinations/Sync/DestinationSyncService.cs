using System.Collections.Concurrent;
using Lodestar.Domain.Data;
using Lodestar.Domain.Destinations.Sending;
using Lodestar.Domain.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lodestar.Domain.Destinations.Sync;

/// <summary>
/// Syncs a connection: resumes the run a crash left unfinished, or plans a new one (the whole audience the first time,
/// the diff after), sends it, and keeps the circuit breaker: a destination whose runs keep failing is paused.
/// Runs of one connection take turns; safe to run twice (the second finds nothing left to send).
/// </summary>
public sealed class DestinationSyncService(
    IDbContextFactory<PortalDbContext> contexts,
    DestinationTypes types,
    DestinationTargets targets,
    IOptions<DestinationOptions> options,
    TimeProvider time)
{
    private static readonly ConcurrentDictionary<long, SemaphoreSlim> Gates = new();

    /// <returns>The run, or null when nothing ran (a scheduled sync of a disabled or paused destination).</returns>
    public async Task<DestinationRun?> SyncConnectionAsync(long connectionId, DestinationRunTrigger trigger, IJobProgress? progress,
        CancellationToken cancellationToken)
    {
        var gate = Gates.GetOrAdd(connectionId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await SyncCoreAsync(connectionId, trigger, progress, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Sends again, in a new run, exactly what a past run sent.</summary>
    public async Task<DestinationRun> ReplayAsync(long runId, IJobProgress? progress, CancellationToken cancellationToken)
    {
        DestinationRun source;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            source = await db.DestinationRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, cancellationToken)
                ?? throw new NotFoundException($"There is no run {runId}.");
        if (source.ConnectionId is not { } connectionId)
            throw new DomainValidationException("run", "This run's segment is no longer connected; connect it again and sync.");
        var gate = Gates.GetOrAdd(connectionId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var (destination, connection, segmentName) = await LoadAsync(connectionId, cancellationToken);
            var sender = SenderFor(destination);
            var target = targets.For(destination);
            DestinationRun run;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
                run = await SyncPlanner.PlanReplayAsync(db, source, target.BatchSize, time.GetUtcNow().UtcDateTime, cancellationToken);
            return await SendAndFinishAsync(run, destination, connection, segmentName, sender, target, progress, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<DestinationRun?> SyncCoreAsync(long connectionId, DestinationRunTrigger trigger, IJobProgress? progress, CancellationToken cancellationToken)
    {
        var (destination, connection, segmentName) = await LoadAsync(connectionId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        if (!destination.Enabled || destination.PausedAt is not null || (!connection.Enabled && trigger == DestinationRunTrigger.Schedule))
        {
            if (trigger == DestinationRunTrigger.Schedule)
                return null;
            var why = !destination.Enabled ? "The destination is disabled; enable it to sync."
                : destination.PausedAt is not null ? $"The destination is paused after repeated failures ({destination.PausedReason}); resume it to sync."
                : "This connection is disabled; enable it to sync.";
            return await RecordSkippedAsync(destination, connection, trigger, why, now, cancellationToken);
        }

        var sender = SenderFor(destination);
        DestinationTarget target;
        try
        {
            target = targets.For(destination);
        }
        catch (DestinationSecretsUnreadableException ex)
        {
            return await RecordSkippedAsync(destination, connection, trigger, ex.Message, now, cancellationToken, DestinationRunStatus.Failed);
        }

        DestinationRun? unfinished;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            unfinished = await db.DestinationRuns.AsNoTracking().Where(r => r.ConnectionId == connectionId && r.Status == DestinationRunStatus.Running)
                .OrderBy(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var run = unfinished ?? await SyncPlanner.PlanAsync(contexts, destination, connection, trigger,
            full: connection.LastSuccessAt is null || sender.SendsFullAudience(target), target.BatchSize, now, cancellationToken);

        return await SendAndFinishAsync(run, destination, connection, segmentName, sender, target, progress, cancellationToken);
    }

    private async Task<DestinationRun> SendAndFinishAsync(DestinationRun run, Destination destination, DestinationConnection connection,
        string segmentName, IAudienceSender sender, DestinationTarget target, IJobProgress? progress, CancellationToken cancellationToken)
    {
        var lastError = await new RunSender(contexts, time, Math.Max(1, options.Value.FailedBatchesBeforeStop))
            .SendAsync(run, connection, segmentName, sender, target, progress, cancellationToken);
        return await new RunFinisher(contexts, time, options.Value.FailedRunsBeforePause).FinishAsync(run.Id, destination.Id, connection.Id, lastError, cancellationToken);
    }

    private IAudienceSender SenderFor(Destination destination) =>
        types.Sender(destination.Type) ?? throw new DomainValidationException("destination",
            $"{DestinationTypeNames.Of(destination.Type)} destinations do not receive segments.");

    private async Task<(Destination, DestinationConnection, string)> LoadAsync(long connectionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await (from c in db.DestinationConnections.AsNoTracking()
                           where c.Id == connectionId
                           join d in db.Destinations.AsNoTracking() on c.DestinationId equals d.Id
                           join s in db.Segments on c.SegmentId equals s.Id
                           select new { c, d, s.Name }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"There is no connection {connectionId}.");
        return (found.d, found.c, found.Name);
    }

    private async Task<DestinationRun> RecordSkippedAsync(Destination destination, DestinationConnection connection, DestinationRunTrigger trigger,
        string why, DateTime now, CancellationToken cancellationToken, DestinationRunStatus status = DestinationRunStatus.Skipped)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = new DestinationRun
        {
            DestinationId = destination.Id, ConnectionId = connection.Id, Trigger = trigger, Status = status,
            StartedAt = now, FinishedAt = now, Error = why,
        };
        db.DestinationRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }
}
