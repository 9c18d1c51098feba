using Lodestar.Portal.Client.Features.Jobs;
using Lodestar.Portal.Client.Features.Overview;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>Jobs that succeed after a given number of polls; records which were started.</summary>
public sealed class FakeJobsApi : IJobsApi
{
    private int _polls;

    public List<string> Started { get; } = [];

    public int PollsUntilDone { get; set; } = 2;

    public Task<string> RunAsync(string name, CancellationToken cancellationToken = default)
    {
        Started.Add(name);
        return Task.FromResult($"job-{Started.Count}");
    }

    public Task<JobProgressDto> GetAsync(string jobId, CancellationToken cancellationToken = default)
    {
        var done = ++_polls >= PollsUntilDone;
        return Task.FromResult(new JobProgressDto(jobId, "identity-resolution", done ? "Succeeded" : "Processing", done ? 1 : 0.5,
            done ? "done" : "1,000 events resolved", null));
    }
}
