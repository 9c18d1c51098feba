namespace Lodestar.Domain.Segments;

/// <summary>A profile in a segment now, since its last entry.</summary>
public class SegmentMember
{
    public long SegmentId { get; set; }

    public long ProfileId { get; set; }

    public DateTime EnteredAt { get; set; }
}
