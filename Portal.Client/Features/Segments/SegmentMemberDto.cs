namespace Lodestar.Portal.Client.Features.Segments;

/// <summary>A profile in a segment (or a preview sample). <see cref="EnteredAt"/> is null in previews.</summary>
public sealed record SegmentMemberDto(long ProfileId, string? DisplayName, DateTime? EnteredAt);
