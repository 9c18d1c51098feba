using Hangfire;
using Hangfire.Server;
using Lodestar.Domain.Identity;
using Lodestar.Jobs.Infrastructure;

namespace Lodestar.Jobs.Identity;

/// <summary>
/// Resolves the events stored since the last run (from the watermark). Recurring every minute and on demand; safe to
/// run twice: each batch commits with its watermark, so a repeated or crashed run continues where the last commit was.
/// </summary>
public sealed class IdentityResolutionJob(IdentityResolutionService identity, JobRunRecorder recorder)
{
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 3)]
    public Task RunAsync(PerformContext? context, CancellationToken cancellationToken) =>
        recorder.RunAsync(JobNames.IdentityResolution, context, progress => identity.RunIncrementalAsync(progress, cancellationToken), cancellationToken);
}
