namespace Lodestar.Domain.Segments;

/// <summary>
/// A saved audience: a rule (<see cref="Definition"/>, JSON of the rule tree) or, for a static segment, the uploaded
/// identifiers. <see cref="Size"/> and the status describe the last computation.
/// </summary>
public class Segment
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public SegmentKind Kind { get; set; }

    public string? Definition { get; set; }

    public int RefreshMinutes { get; set; }

    public SegmentStatus Status { get; set; }

    public string? StatusReason { get; set; }

    public int? Size { get; set; }

    public DateTime? LastComputedAt { get; set; }

    public int Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }
}
