namespace Lodestar.Domain.Segments;

/// <summary>A rule's audience now: its size and the first members by profile id.</summary>
public sealed record SegmentPreview(int Count, IReadOnlyList<SegmentProfile> Sample);
