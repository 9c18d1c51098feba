namespace Lodestar.Domain.Operations;

/// <summary>One run of a background job, with the progress the UI shows. Keyed by the job server's id.</summary>
public class JobRun
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public required string BackgroundJobId { get; set; }

    public JobRunState State { get; set; }

    /// <summary>0..1</summary>
    public double Progress { get; set; }

    public string? Message { get; set; }

    public string? Error { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }
}
