using Hangfire.Server;
using Lodestar.Domain.Operations;

namespace Lodestar.Jobs.Infrastructure;

/// <summary>Runs a job's body between "started" and "finished" entries of its run record.</summary>
public sealed class JobRunRecorder(JobRunService runs)
{
    public async Task RunAsync(string name, PerformContext? context, Func<IJobProgress, Task> body, CancellationToken cancellationToken)
    {
        // Called directly (tests, tools) there is no job server context; the run is still recorded.
        var jobId = context?.BackgroundJob.Id ?? $"direct-{Guid.NewGuid():N}";
        await runs.StartAsync(name, jobId, cancellationToken);
        try
        {
            await body(new RecordedJobProgress(runs, name, jobId));
        }
        catch (Exception ex)
        {
            await runs.FinishAsync(name, jobId, ex.Message, CancellationToken.None);
            throw;
        }

        await runs.FinishAsync(name, jobId, null, cancellationToken);
    }
}
