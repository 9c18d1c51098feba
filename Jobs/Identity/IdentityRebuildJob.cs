using Hangfire;
using Hangfire.Server;
using Lodestar.Domain.Identity;
using Lodestar.Jobs.Infrastructure;

namespace Lodestar.Jobs.Identity;

/// <summary>
/// Forgets all profiles and resolves every event again (after a rule change). Replaces everything in one commit, then
/// gives the segment events their (possibly new) profiles.
/// </summary>
public sealed class IdentityRebuildJob(IdentityResolutionService identity, JobRunRecorder recorder)
{
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 1)]
    public Task RunAsync(PerformContext? context, CancellationToken cancellationToken) =>
        recorder.RunAsync(JobNames.IdentityRebuild, context, async progress =>
        {
            await identity.RebuildAsync(progress, cancellationToken);
            await progress.ReportAsync(0.95, "Giving segment events their profiles", cancellationToken);
            await identity.CatchUpSegmentEventsAsync(cancellationToken);
        }, cancellationToken);
}
