using Hangfire;
using Hangfire.Server;
using Lodestar.Domain.Identity;
using Lodestar.Jobs.Infrastructure;

namespace Lodestar.Jobs.Identity;

/// <summary>Forgets all profiles and resolves every event again (after a rule change). Replaces everything in one commit.</summary>
public sealed class IdentityRebuildJob(IdentityResolutionService identity, JobRunRecorder recorder)
{
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 1)]
    public Task RunAsync(PerformContext? context, CancellationToken cancellationToken) =>
        recorder.RunAsync(JobNames.IdentityRebuild, context, progress => identity.RebuildAsync(progress, cancellationToken), cancellationToken);
}
