using Hangfire;
using Hangfire.States;
using Lodestar.Domain.Operations;

namespace Lodestar.Jobs;

/// <summary>Combines the job server's state of a job with the run record the job keeps in the database.</summary>
public sealed class JobStatusReader(JobStorage storage, JobRunService runs)
{
    public async Task<JobStatus?> FindAsync(string jobId, CancellationToken cancellationToken)
    {
        using var connection = storage.GetConnection();
        var data = connection.GetJobData(jobId);
        var run = await runs.FindAsync(jobId, cancellationToken);
        if (data is null && run is null)
            return null;
        var state = data is null ? run!.State : Map(data.State);
        return new JobStatus(jobId, run?.Name ?? data?.Job?.Type.Name, state, run?.Progress ?? 0, run?.Message,
            run?.Error ?? (state == JobRunState.Failed ? "The job failed; see the Jobs dashboard for details." : null),
            run?.CreatedAt ?? data?.CreatedAt, run?.StartedAt, run?.FinishedAt);
    }

    private static JobRunState Map(string? hangfireState)
    {
        if (hangfireState == ProcessingState.StateName)
            return JobRunState.Processing;
        if (hangfireState == SucceededState.StateName)
            return JobRunState.Succeeded;
        if (hangfireState == FailedState.StateName || hangfireState == DeletedState.StateName)
            return JobRunState.Failed;
        return JobRunState.Enqueued;
    }
}
