using Hangfire;
using Lodestar.Domain.Operations;

namespace Lodestar.Jobs;

/// <summary>Runs a job by name: enqueues it on the job server and opens its run record.</summary>
public sealed class JobLauncher(JobCatalog catalog, IBackgroundJobClient client, JobRunService runs)
{
    /// <returns>The job id, or null when no job has that name.</returns>
    public async Task<string?> RunAsync(string name, CancellationToken cancellationToken)
    {
        var job = catalog.Find(name);
        if (job is null)
            return null;
        var jobId = job.Enqueue(client);
        await runs.RecordEnqueuedAsync(job.Name, jobId, cancellationToken);
        return jobId;
    }

    /// <summary>Enqueues a job with arguments (a sync of one destination, a replay) under a catalogued name, with its run record.</summary>
    public async Task<string> EnqueueAsync(string name, Func<IBackgroundJobClient, string> enqueue, CancellationToken cancellationToken)
    {
        var jobId = enqueue(client);
        await runs.RecordEnqueuedAsync(name, jobId, cancellationToken);
        return jobId;
    }

    /// <summary>Runs one of this project's own jobs (a name from <see cref="JobNames"/>), which is always registered.</summary>
    public async Task<string> RunKnownAsync(string name, CancellationToken cancellationToken) =>
        await RunAsync(name, cancellationToken) ?? throw new InvalidOperationException($"The job {name} is not registered.");
}
