using Lodestar.Portal.Client.Features.Jobs;
using Lodestar.Portal.Client.Features.Overview;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>Jobs that succeed (or fail) after a given number of polls; records which were started and followed.</summary>
public sealed class FakeJobsApi : IJobsApi
{
    private int _polls;

    public List<string> Started { get; } = [];

    /// <summary>The job ids asked about, in order.</summary>
    public List<string> Polled { get; } = [];

    public int PollsUntilDone { get; set; } = 2;

    /// <summary>When set, jobs end Failed with this error instead of Succeeded.</summary>
    public string? Failure { get; set; }

    public Task<string> RunAsync(string name, CancellationToken cancellationToken = default)
    {
        Started.Add(name);
        return Task.FromResult($"job-{Started.Count}");
    }

    /// <summary>When set, asking about a job is refused with it (the jobs API is for admins).</summary>
    public Lodestar.Portal.Client.Infrastructure.ApiException? PollError { get; set; }

    public Task<JobProgressDto> GetAsync(string jobId, CancellationToken cancellationToken = default)
    {
        Polled.Add(jobId);
        if (PollError is not null)
            return Task.FromException<JobProgressDto>(PollError);
        var done = ++_polls >= PollsUntilDone;
        var state = !done ? "Processing" : Failure is null ? "Succeeded" : "Failed";
        return Task.FromResult(new JobProgressDto(jobId, "identity-resolution", state, done ? 1 : 0.5,
            done ? "done" : "1,000 events resolved", done ? Failure : null));
    }
}
