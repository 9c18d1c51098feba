namespace Lodestar.Domain.Profiles;

/// <summary>A segment a profile is in, since when.</summary>
public sealed record ProfileSegment(long SegmentId, string Name, DateTime EnteredAt);
