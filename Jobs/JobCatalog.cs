using Hangfire;
using Lodestar.Jobs.Demo;

namespace Lodestar.Jobs;

/// <summary>The jobs that can be run by name. Features add theirs here as they are built.</summary>
public sealed class JobCatalog
{
    private readonly Dictionary<string, JobDefinition> _jobs = new(StringComparer.OrdinalIgnoreCase)
    {
        [JobNames.DemoSeed] = new(JobNames.DemoSeed, "Fill the workspace with the demo data set (adds only what is missing).",
            client => client.Enqueue<DemoSeedJob>(job => job.RunAsync(null, CancellationToken.None))),
    };

    public IReadOnlyCollection<JobDefinition> All => _jobs.Values;

    public JobDefinition? Find(string name) => _jobs.GetValueOrDefault(name);
}
