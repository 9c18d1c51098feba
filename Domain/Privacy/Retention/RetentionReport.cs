namespace Lodestar.Domain.Privacy.Retention;

/// <summary>
/// One run of the retention job, kept as proof that the limits were enforced: when it ran and, per data class
/// (<see cref="RetentionReportLine"/>), the limit in force, what it purged and the oldest record left.
/// </summary>
public class RetentionReport
{
    public long Id { get; set; }

    /// <summary>The job server's id of the run (or <c>direct-…</c> when called without one).</summary>
    public required string BackgroundJobId { get; set; }

    public RetentionReportStatus Status { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary>Records of every class purged by this run (their derived rows not counted).</summary>
    public long Purged { get; set; }

    public string? Error { get; set; }

    public List<RetentionReportLine> Lines { get; set; } = [];
}
