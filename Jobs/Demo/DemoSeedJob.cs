using Hangfire;
using Hangfire.Server;
using Lodestar.Domain.Demo;
using Lodestar.Jobs.Infrastructure;

namespace Lodestar.Jobs.Demo;

/// <summary>Fills the workspace with demo data. Safe to run twice: it only adds what is missing.</summary>
public sealed class DemoSeedJob(DemoSeedService demo, JobRunRecorder recorder, JobLauncher launcher)
{
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 2)]
    public async Task RunAsync(PerformContext? context, CancellationToken cancellationToken)
    {
        await recorder.RunAsync(JobNames.DemoSeed, context, progress => demo.SeedAsync(progress, cancellationToken), cancellationToken);
        // The demo's people should show as profiles, their likely duplicates and what they are worth right away, not at
        // the next scheduled run (economics runs nightly).
        await launcher.RunAsync(JobNames.IdentityResolution, cancellationToken);
        await launcher.RunAsync(JobNames.DuplicateSuggestions, cancellationToken);
        await launcher.RunAsync(JobNames.Economics, cancellationToken);
    }
}
