using Lodestar.Domain.Operations;

namespace Lodestar.Jobs.Infrastructure;

/// <summary>Writes a job's progress to its run record.</summary>
internal sealed class RecordedJobProgress(JobRunService runs, string name, string jobId) : IJobProgress
{
    public Task ReportAsync(double fraction, string message, CancellationToken cancellationToken) =>
        runs.ReportAsync(name, jobId, fraction, message, cancellationToken);
}
