namespace Lodestar.Portal.Client.Features.Segments;

/// <summary>A row of the segment list. <see cref="Trend"/>: sizes of the recent refreshes, oldest first.</summary>
public sealed record SegmentListItemDto(
    long Id,
    string Name,
    string? Description,
    string Kind,
    int? Size,
    DateTime? LastComputedAt,
    string Status,
    string? StatusReason,
    IReadOnlyList<int> Trend,
    int RefreshMinutes,
    DateTime UpdatedAt);
