namespace Lodestar.Portal.Client.Features.Profiles;

/// <summary>A segment the profile is a member of, since when (UTC).</summary>
public sealed record ProfileSegmentDto(long SegmentId, string Name, DateTime EnteredAt);
