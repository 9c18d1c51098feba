namespace Lodestar.Portal.Client.Features.Segments;

/// <summary>The audience size of a rule now, and a few of its members (lowest profile ids first).</summary>
public sealed record SegmentPreviewDto(int Count, IReadOnlyList<SegmentMemberDto> Sample);
