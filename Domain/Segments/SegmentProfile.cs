namespace Lodestar.Domain.Segments;

/// <summary>A member as lists show it; <see cref="EnteredAt"/> is null in previews.</summary>
public sealed record SegmentProfile(long ProfileId, string? DisplayName, DateTime? EnteredAt);
