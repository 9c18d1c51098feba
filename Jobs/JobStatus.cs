using Lodestar.Domain.Operations;

namespace Lodestar.Jobs;

/// <summary>A job's state as the job server sees it, with the progress the job reported.</summary>
public sealed record JobStatus(
    string JobId,
    string? Name,
    JobRunState State,
    double Progress,
    string? Message,
    string? Error,
    DateTime? CreatedAt,
    DateTime? StartedAt,
    DateTime? FinishedAt);
