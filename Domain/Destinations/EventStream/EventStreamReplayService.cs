using Lodestar.Domain.Data;
using Lodestar.Domain.Destinations.Sending;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Destinations.EventStream;

/// <summary>
/// Sends again what an event-stream run covered: the stored events of its id range through today's filters, in a new
/// run (trigger Replay). Its batches carry keys of their own, so a receiver that honours idempotency keys applies them
/// again. The stream position and the circuit breaker are left alone. The run is written when the replay ends, so an
/// interrupted replay leaves no run behind that looks unfinished; it can simply be started again.
/// </summary>
public sealed class EventStreamReplayService(
    IDbContextFactory<PortalDbContext> contexts,
    DestinationTargets targets,
    EventWebhookType type,
    IHttpClientFactory clients,
    DestinationRateLimiter limiter,
    TimeProvider time)
{
    private readonly EventStreamReader _reader = new(contexts);

    public async Task<DestinationRun> ReplayAsync(long runId, CancellationToken cancellationToken)
    {
        var (source, destination) = await LoadAsync(runId, cancellationToken);
        if (source.FirstEventId is not { } first || source.LastEventId is not { } last)
            throw new DomainValidationException("run", "This run covered no events (it stopped before reading any), so there is nothing to send again.");
        var target = EventStreamTarget.For(destination, targets, type);
        if (target.Problem is { } problem)
            throw new DomainValidationException("destination", problem);

        var run = new DestinationRun
        {
            DestinationId = destination.Id, Trigger = DestinationRunTrigger.Replay, Status = DestinationRunStatus.Succeeded,
            StartedAt = time.GetUtcNow().UtcDateTime, FirstEventId = first, LastEventId = last,
        };
        var replay = Guid.NewGuid().ToString("N")[..12];
        var position = first - 1;
        while (await _reader.ReadAsync(position, last, target.Target!.BatchSize, target.Filter, destination.Name, cancellationToken) is { } batch)
        {
            var key = $"{batch.IdempotencyKey(destination.Id)}-replay-{replay}";
            if (batch.Messages.Count > 0
                && await target.PostAsync(clients, limiter, batch, key, time.GetUtcNow().UtcDateTime, cancellationToken) is { } error)
            {
                run.Planned += batch.Messages.Count;
                run.Failed += batch.Messages.Count;
                run.Status = run.Sent > 0 ? DestinationRunStatus.PartlyFailed : DestinationRunStatus.Failed;
                run.Error = error.Length <= DestinationLimits.ErrorLength ? error : error[..(DestinationLimits.ErrorLength - 1)] + "…";
                break;
            }

            run.Planned += batch.Messages.Count;
            run.Sent += batch.Messages.Count;
            run.Skipped += batch.Skipped;
            position = batch.LastId;
        }

        run.FinishedAt = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.DestinationRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    private async Task<(DestinationRun Run, Destination Destination)> LoadAsync(long runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.DestinationRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, cancellationToken)
            ?? throw new NotFoundException($"There is no run {runId}.");
        var destination = await db.Destinations.AsNoTracking().FirstAsync(d => d.Id == run.DestinationId, cancellationToken);
        if (destination.Type != DestinationType.EventWebhook)
            throw new DomainValidationException("run", $"Run {runId} is a sync of '{destination.Name}', not an event-stream run.");
        return (run, destination);
    }
}
