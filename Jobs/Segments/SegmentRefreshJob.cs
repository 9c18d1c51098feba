using Hangfire;
using Hangfire.Server;
using Lodestar.Domain.Segments;
using Lodestar.Jobs.Infrastructure;

namespace Lodestar.Jobs.Segments;

/// <summary>
/// segment-refresh: recurring, it recomputes every segment whose own refresh interval has passed; on demand, one
/// segment. Safe to run twice: a refresh stores the difference to the stored members in one transaction, so a second
/// run over the same data records no entries or exits.
/// </summary>
public sealed class SegmentRefreshJob(SegmentRefreshService refreshes, JobRunRecorder recorder)
{
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 1)]
    public Task RunDueAsync(PerformContext? context, CancellationToken cancellationToken) =>
        recorder.RunAsync(JobNames.SegmentRefresh, context, async progress =>
        {
            var due = await refreshes.DueAsync(cancellationToken);
            var failed = 0;
            for (var i = 0; i < due.Count; i++)
            {
                await progress.ReportAsync((double)i / due.Count, $"Segment {i + 1:N0} of {due.Count:N0}", cancellationToken);
                try
                {
                    if ((await refreshes.RefreshAsync(due[i], cancellationToken)).Status == SegmentRefreshStatus.Failed)
                        failed++;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Recorded on the segment; the others still get their turn.
                    failed++;
                }
            }

            await progress.ReportAsync(1, $"{due.Count - failed:N0} segments refreshed" + (failed > 0 ? $", {failed:N0} failed (see the segments)" : ""), cancellationToken);
        }, cancellationToken);

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 1)]
    public Task RunAsync(long segmentId, CancellationToken cancellationToken) => refreshes.RefreshAsync(segmentId, cancellationToken);
}
