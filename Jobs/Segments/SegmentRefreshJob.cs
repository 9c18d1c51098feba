using Hangfire;
using Hangfire.Server;
using Lodestar.Domain;
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
    // A second due-run waits a few seconds at most (it would do the same work); waiting out a long lock kept queued jobs
    // from stopping when the server shut down (the portal's tests hit Hangfire's shutdown limit).
    [DisableConcurrentExecution(timeoutInSeconds: 5)]
    [AutomaticRetry(Attempts = 0)]
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

    /// <summary>
    /// One segment now; refreshes of the same segment take turns inside the service. A segment deleted before its
    /// queued refresh ran has nothing to refresh: the job ends without error instead of being retried.
    /// </summary>
    [AutomaticRetry(Attempts = 1)]
    public async Task RunAsync(long segmentId, CancellationToken cancellationToken)
    {
        try
        {
            await refreshes.RefreshAsync(segmentId, cancellationToken);
        }
        catch (NotFoundException)
        {
        }
    }
}
