namespace Lodestar.Domain.Segments;

public sealed record SegmentMembersPage(IReadOnlyList<SegmentProfile> Items, int Total);
