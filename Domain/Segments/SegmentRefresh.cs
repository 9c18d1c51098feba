namespace Lodestar.Domain.Segments;

/// <summary>One computation of a segment's membership and its diff.</summary>
public class SegmentRefresh
{
    public long Id { get; set; }

    public long SegmentId { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    public int Size { get; set; }

    public int Entered { get; set; }

    public int Exited { get; set; }

    public SegmentRefreshStatus Status { get; set; }

    public string? Error { get; set; }
}
