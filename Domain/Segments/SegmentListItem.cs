namespace Lodestar.Domain.Segments;

/// <summary>A segment with the sizes of its recent refreshes (oldest first) for the list's sparkline.</summary>
public sealed record SegmentListItem(Segment Segment, IReadOnlyList<int> Trend);
