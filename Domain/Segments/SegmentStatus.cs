namespace Lodestar.Domain.Segments;

public enum SegmentStatus
{
    /// <summary>Saved, never computed.</summary>
    New,
    Computing,
    Live,
    Failed,
}
