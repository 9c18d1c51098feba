using System.Collections.Concurrent;
using Lodestar.Domain.Data;
using Lodestar.Domain.Destinations.Sending;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lodestar.Domain.Destinations.EventStream;

/// <summary>
/// Forwards stored tracking messages to an event destination: each pass reads the events after the destination's
/// stream position in id order, a batch at a time, filters them, POSTs the rest signed, and moves the position in the
/// transaction that records the outcome. A crash between a POST and its commit resends that batch with the same
/// Idempotency-Key; nothing is skipped. Passes of one destination take turns in this process; across processes the
/// position only moves from where the pass found it.
/// </summary>
public sealed class EventStreamService(
    IDbContextFactory<PortalDbContext> contexts,
    DestinationTargets targets,
    EventWebhookType type,
    IHttpClientFactory clients,
    DestinationRateLimiter limiter,
    IOptions<DestinationOptions> destinationOptions,
    IOptions<EventStreamOptions> streamOptions,
    TimeProvider time)
{
    private readonly ConcurrentDictionary<long, SemaphoreSlim> _gates = new();
    private readonly EventStreamRecorder _recorder = new(contexts, destinationOptions.Value.FailedRunsBeforePause);
    private readonly EventStreamReader _reader = new(contexts);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>One scheduled pass (see <see cref="ForwardAsync(long, DestinationRunTrigger, CancellationToken)"/>).</summary>
    public Task<DestinationRun?> ForwardAsync(long destinationId, CancellationToken cancellationToken) =>
        ForwardAsync(destinationId, DestinationRunTrigger.Schedule, cancellationToken);

    /// <summary>
    /// One pass: forwards everything stored after the stream position. Scheduled passes add to the last run while it
    /// is recent and record nothing when there was nothing to do or the destination is disabled or paused; a manual
    /// pass of a disabled or paused destination records a skipped run that says why.
    /// </summary>
    /// <returns>The last run the pass wrote, or null when it wrote none.</returns>
    public async Task<DestinationRun?> ForwardAsync(long destinationId, DestinationRunTrigger trigger, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(destinationId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await PassAsync(destinationId, trigger, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The event destinations the forwarder runs passes for: enabled and not paused.</summary>
    public async Task<IReadOnlyList<long>> ForwardableAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Destinations
            .Where(d => d.Type == DestinationType.EventWebhook && d.Enabled && d.PausedAt == null)
            .OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(cancellationToken);
    }

    private async Task<DestinationRun?> PassAsync(long destinationId, DestinationRunTrigger trigger, CancellationToken cancellationToken)
    {
        Destination? destination;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            destination = await db.Destinations.AsNoTracking().FirstOrDefaultAsync(d => d.Id == destinationId, cancellationToken);
        if (destination is null)
            return trigger == DestinationRunTrigger.Schedule ? null : throw new NotFoundException($"There is no destination {destinationId}.");
        if (destination.Type != DestinationType.EventWebhook)
            throw new DomainValidationException("destination",
                $"'{destination.Name}' is a {DestinationTypeNames.Of(destination.Type)} destination; only event-webhook destinations forward events.");

        var started = Now;
        if (!destination.Enabled || destination.PausedAt is not null)
        {
            if (trigger == DestinationRunTrigger.Schedule)
                return null;
            var why = !destination.Enabled ? "The destination is disabled; enable it to forward events."
                : $"The destination is paused after repeated failures ({destination.PausedReason}); resume it to forward events.";
            return await _recorder.SkipAsync(destinationId, trigger, started, why, cancellationToken);
        }

        var target = EventStreamTarget.For(destination, targets, type);
        if (target.Problem is { } problem)
            return await _recorder.FailAsync(destinationId, null, trigger, started, Now, problem, cancellationToken);

        var position = destination.StreamPosition ?? await StartAtEndAsync(destinationId, cancellationToken);
        return await SendAsync(destination, target, position, trigger, started, cancellationToken);
    }

    private async Task<DestinationRun?> SendAsync(Destination destination, EventStreamTarget target, long position,
        DestinationRunTrigger trigger, DateTime started, CancellationToken cancellationToken)
    {
        var batchSize = target.Target!.BatchSize;
        var window = streamOptions.Value.RunWindow;
        var open = trigger == DestinationRunTrigger.Schedule ? await OpenRunAsync(destination.Id, position, started - window, cancellationToken) : null;
        var (runId, runStarted) = (open?.Id, open?.StartedAt ?? started);
        DestinationRun? last = null;
        while (await _reader.ReadAsync(position, null, batchSize, target.Filter, destination.Name, cancellationToken) is { } batch)
        {
            // Once the destination has answered, what happened is recorded even if the host is stopping meanwhile.
            if (batch.Messages.Count > 0
                && await target.PostAsync(clients, limiter, batch, batch.IdempotencyKey(destination.Id), Now, cancellationToken) is { } error)
                return await _recorder.FailAsync(destination.Id, batch, trigger, started, Now, error, CancellationToken.None) ?? last;

            if (runId is not null && Now - runStarted > window)
                (runId, runStarted) = (null, Now);
            var run = await _recorder.AdvanceAsync(destination.Id, position, batch, runId, trigger, runStarted, Now, CancellationToken.None);
            if (run is null)
                break;
            (last, runId, runStarted, position) = (run, run.Id, run.StartedAt, batch.LastId);
            if (batch.Read < batchSize)
                break;
        }

        return last;
    }

    /// <summary>The last run, when a scheduled pass should add to it: recent, successful and ending where this pass starts.</summary>
    private async Task<DestinationRun?> OpenRunAsync(long destinationId, long position, DateTime since, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var last = await db.DestinationRuns.AsNoTracking()
            .Where(r => r.DestinationId == destinationId)
            .OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return last is { Trigger: DestinationRunTrigger.Schedule, Status: DestinationRunStatus.Succeeded }
               && last.StartedAt >= since && last.LastEventId == position
            ? last
            : null;
    }

    /// <summary>A destination saved without a position (the service sets one on create) starts at the end of the stream.</summary>
    private async Task<long> StartAtEndAsync(long destinationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var end = await db.Events.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        await db.Destinations.Where(d => d.Id == destinationId && d.StreamPosition == null)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.StreamPosition, (long?)end), cancellationToken);
        return await db.Destinations.Where(d => d.Id == destinationId).Select(d => d.StreamPosition).FirstAsync(cancellationToken) ?? end;
    }
}
