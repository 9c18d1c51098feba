using Lodestar.Portal.Client.Features.Overview;

namespace Lodestar.Portal.Client.Features.Jobs;

/// <summary>Follows a background job until it has finished, reporting each step to the page that started it.</summary>
public static class JobPolling
{
    public static bool IsFinished(JobProgressDto job) => job.State is "Succeeded" or "Failed" or "Deleted";

    /// <returns>The job's last state (Succeeded or Failed).</returns>
    public static async Task<JobProgressDto> FollowAsync(
        IJobsApi jobs, string jobId, TimeSpan interval, Action<JobProgressDto> onProgress, CancellationToken cancellationToken)
    {
        while (true)
        {
            await Task.Delay(interval, cancellationToken);
            var job = await jobs.GetAsync(jobId, cancellationToken);
            onProgress(job);
            if (IsFinished(job))
                return job;
        }
    }
}
