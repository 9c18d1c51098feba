using Hangfire;
using Hangfire.Server;
using Lodestar.Domain.Economics;
using Lodestar.Domain.Identity;
using Lodestar.Jobs.Infrastructure;

namespace Lodestar.Jobs.Economics;

/// <summary>
/// Recomputes the unit economics and the predicted CLV from everything stored, after resolving the events not yet
/// resolved (customers are today's profiles). A repeated run stores the same results.
/// </summary>
public sealed class EconomicsJob(IdentityResolutionService identity, EconomicsService economics, JobRunRecorder recorder)
{
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 1)]
    public Task RunAsync(PerformContext? context, CancellationToken cancellationToken) =>
        recorder.RunAsync(JobNames.Economics, context, async progress =>
        {
            await identity.RunIncrementalAsync(null, cancellationToken);
            var run = await economics.RunAsync(progress, cancellationToken);
            await progress.ReportAsync(1, $"{run.Snapshot.Customers:N0} customers, {run.Snapshot.ElapsedSeconds:N1} s", cancellationToken);
        }, cancellationToken);
}
