using Lodestar.Jobs;
using Lodestar.Portal.Client.Features.Jobs;
using Lodestar.Portal.Client.Features.Overview;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Features.Jobs;

/// <summary>The server side of <see cref="IJobsApi"/>.</summary>
internal sealed class ServerJobsApi(JobLauncher launcher, JobStatusReader reader) : IJobsApi
{
    public async Task<string> RunAsync(string name, CancellationToken cancellationToken = default) =>
        await launcher.RunAsync(name, cancellationToken) ?? throw new ApiException(404, $"There is no job named '{name}'.");

    public async Task<JobProgressDto> GetAsync(string jobId, CancellationToken cancellationToken = default)
    {
        var status = await reader.FindAsync(jobId, cancellationToken) ?? throw new ApiException(404, $"There is no job with id '{jobId}'.");
        return new JobProgressDto(status.JobId, status.Name ?? "", status.State.ToString(), status.Progress, status.Message, status.Error);
    }
}
