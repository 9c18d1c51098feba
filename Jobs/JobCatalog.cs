using Hangfire;
using Lodestar.Jobs.Demo;
using Lodestar.Jobs.Destinations;
using Lodestar.Jobs.Economics;
using Lodestar.Jobs.Identity;
using Lodestar.Jobs.Privacy;
using Lodestar.Jobs.Segments;

namespace Lodestar.Jobs;

/// <summary>The jobs that can be run by name. Features add theirs here as they are built.</summary>
public sealed class JobCatalog
{
    private readonly Dictionary<string, JobDefinition> _jobs = new(StringComparer.OrdinalIgnoreCase)
    {
        [JobNames.DemoSeed] = new(JobNames.DemoSeed, "Fill the workspace with the demo data set (adds only what is missing).",
            client => client.Enqueue<DemoSeedJob>(job => job.RunAsync(null, CancellationToken.None))),
        [JobNames.IdentityResolution] = new(JobNames.IdentityResolution, "Resolve the identities of events stored since the last run.",
            client => client.Enqueue<IdentityResolutionJob>(job => job.RunAsync(null, CancellationToken.None))),
        [JobNames.IdentityRebuild] = new(JobNames.IdentityRebuild, "Forget all profiles and resolve every event again with the current rules.",
            client => client.Enqueue<IdentityRebuildJob>(job => job.RunAsync(null, CancellationToken.None))),
        [JobNames.DuplicateSuggestions] = new(JobNames.DuplicateSuggestions, "Find profiles that are probably one person although no identifier links them.",
            client => client.Enqueue<DuplicateSuggestionsJob>(job => job.RunAsync(null, CancellationToken.None))),
        [JobNames.SegmentRefresh] = new(JobNames.SegmentRefresh, "Recompute the segments whose refresh interval has passed, and store who entered and exited.",
            client => client.Enqueue<SegmentRefreshJob>(job => job.RunDueAsync(null, CancellationToken.None))),
        [JobNames.Economics] = new(JobNames.Economics, "Recompute revenue, customers' channels and cohorts, CAC, LTV and the predicted CLV from everything stored.",
            client => client.Enqueue<EconomicsJob>(job => job.RunAsync(null, CancellationToken.None))),
        [JobNames.DestinationSync] = new(JobNames.DestinationSync, "Sync every connected segment whose schedule is due to its destination (adds and removes since the last sync).",
            client => client.Enqueue<DestinationSyncJob>(job => job.RunDueAsync(null, CancellationToken.None))),
        [JobNames.PrivacyDeletion] = new(JobNames.PrivacyDeletion, "Process the privacy deletion requests still waiting (each request also runs as soon as it is filed).",
            client => client.Enqueue<Privacy.PrivacyDeletionJob>(job => job.RunPendingAsync(null, CancellationToken.None))),
        [JobNames.Retention] = new(JobNames.Retention, "Purge what is older than each data class's retention limit and store the enforcement report.",
            client => client.Enqueue<RetentionJob>(job => job.RunAsync(null, CancellationToken.None))),
    };

    public IReadOnlyCollection<JobDefinition> All => _jobs.Values;

    public JobDefinition? Find(string name) => _jobs.GetValueOrDefault(name);
}
