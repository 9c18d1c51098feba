using Hangfire;
using Hangfire.Server;
using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.EventStream;
using Lodestar.Domain.Destinations.Sync;
using Lodestar.Domain.Operations;
using Lodestar.Jobs.Infrastructure;

namespace Lodestar.Jobs.Destinations;

/// <summary>
/// destination-sync: recurring, it syncs every connection whose schedule is due; on demand, one destination (all its
/// connections, or one) or a replay of a past run. Safe to run twice: a sync sends only what the destination does not
/// hold yet, and a run a crash interrupted is resumed, its batches resent with the same idempotency keys.
/// </summary>
public sealed class DestinationSyncJob(
    DestinationSyncService syncs,
    DestinationRunService runs,
    EventStreamService eventStream,
    EventStreamReplayService eventReplay,
    JobRunRecorder recorder,
    TimeProvider time)
{
    [DisableConcurrentExecution(timeoutInSeconds: 5)]
    [AutomaticRetry(Attempts = 0)]
    public Task RunDueAsync(PerformContext? context, CancellationToken cancellationToken) =>
        recorder.RunAsync(JobNames.DestinationSync, context, async progress =>
        {
            var due = await runs.DueConnectionsAsync(time.GetUtcNow().UtcDateTime, cancellationToken);
            await SyncAllAsync(due, DestinationRunTrigger.Schedule, progress, cancellationToken);
        }, cancellationToken);

    [DisableConcurrentExecution("destination-sync:{0}", 60)]
    [AutomaticRetry(Attempts = 0)]
    public Task RunDestinationAsync(long destinationId, long? connectionId, PerformContext? context, CancellationToken cancellationToken) =>
        recorder.RunAsync(JobNames.DestinationSync, context, async progress =>
        {
            if (await runs.ForwardsEventsAsync(destinationId, cancellationToken))
            {
                var pass = await eventStream.ForwardAsync(destinationId, DestinationRunTrigger.Manual, cancellationToken);
                await progress.ReportAsync(1, pass is null ? "No new events to forward"
                    : pass.Status == DestinationRunStatus.Skipped ? $"Nothing forwarded: {pass.Error}"
                    : $"Forwarded {pass.Sent:N0} events" + (pass.Skipped > 0 ? $", {pass.Skipped:N0} left out by the filters" : "")
                      + (pass.Status == DestinationRunStatus.Failed ? " — the run failed (see Runs)" : ""), cancellationToken);
                return;
            }

            var connections = await runs.ConnectionsToSyncAsync(destinationId, connectionId, cancellationToken);
            await SyncAllAsync(connections, DestinationRunTrigger.Manual, progress, cancellationToken);
        }, cancellationToken);

    [AutomaticRetry(Attempts = 0)]
    public Task ReplayAsync(long runId, PerformContext? context, CancellationToken cancellationToken) =>
        recorder.RunAsync(JobNames.DestinationSync, context, async progress =>
        {
            var run = await runs.IsEventStreamRunAsync(runId, cancellationToken)
                ? await eventReplay.ReplayAsync(runId, cancellationToken)
                : await syncs.ReplayAsync(runId, progress, cancellationToken);
            await progress.ReportAsync(1, $"Replayed {run.Sent:N0} of {run.Planned:N0} records" + (run.Failed > 0 ? $", {run.Failed:N0} failed" : ""), cancellationToken);
        }, cancellationToken);

    private async Task SyncAllAsync(IReadOnlyList<long> connections, DestinationRunTrigger trigger, IJobProgress progress, CancellationToken cancellationToken)
    {
        int sent = 0, failed = 0;
        for (var i = 0; i < connections.Count; i++)
        {
            await progress.ReportAsync((double)i / connections.Count, $"Segment {i + 1:N0} of {connections.Count:N0}", cancellationToken);
            var run = await syncs.SyncConnectionAsync(connections[i], trigger, connections.Count == 1 ? progress : null, cancellationToken);
            sent += run?.Sent ?? 0;
            failed += run?.Failed ?? 0;
        }

        await progress.ReportAsync(1, $"{connections.Count:N0} segment{(connections.Count == 1 ? "" : "s")} synced: {sent:N0} records sent"
            + (failed > 0 ? $", {failed:N0} failed (see Runs)" : ""), cancellationToken);
    }
}
