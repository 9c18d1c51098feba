namespace Lodestar.Domain.Segments;

/// <summary>A segment's definition as one save left it, with who saved it and what changed in words.</summary>
public class SegmentVersion
{
    public long SegmentId { get; set; }

    public int Version { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public string? Definition { get; set; }

    public int RefreshMinutes { get; set; }

    public required string ChangedBy { get; set; }

    public DateTime ChangedAt { get; set; }

    public required string Change { get; set; }
}
