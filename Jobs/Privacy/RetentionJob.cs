using Hangfire;
using Hangfire.Server;
using Lodestar.Domain.Privacy.Retention;
using Lodestar.Jobs.Infrastructure;

namespace Lodestar.Jobs.Privacy;

/// <summary>
/// retention: purges what is older than each data class's limit and stores the enforcement report. Daily and on
/// demand. Safe to run twice: the second run finds nothing older than the limits and reports that.
/// </summary>
public sealed class RetentionJob(RetentionService retention, JobRunRecorder recorder)
{
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 1)]
    public Task RunAsync(PerformContext? context, CancellationToken cancellationToken) =>
        recorder.RunAsync(JobNames.Retention, context, progress =>
            retention.RunAsync(context?.BackgroundJob.Id ?? $"direct-{Guid.NewGuid():N}", progress, cancellationToken), cancellationToken);
}
