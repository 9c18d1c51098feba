namespace Lodestar.Portal.Client.Features.Segments;

/// <summary>A page of a segment's current members; <see cref="Total"/> counts all that match the search.</summary>
public sealed record SegmentMembersDto(IReadOnlyList<SegmentMemberDto> Items, int Total);
