using Lodestar.Portal.Client.Features.Overview;

namespace Lodestar.Portal.Client.Features.Jobs;

/// <summary>Runs background jobs by name and follows them (<c>/api/jobs</c>, admins).</summary>
public interface IJobsApi
{
    /// <returns>The job's id.</returns>
    Task<string> RunAsync(string name, CancellationToken cancellationToken = default);

    Task<JobProgressDto> GetAsync(string jobId, CancellationToken cancellationToken = default);
}
