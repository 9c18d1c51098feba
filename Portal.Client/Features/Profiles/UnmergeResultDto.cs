namespace Lodestar.Portal.Client.Features.Profiles;

/// <summary>The identifiers now kept apart, and the rebuild that splits the profile (traits and timelines recomputed).</summary>
public sealed record UnmergeResultDto(string KeptApart, string RebuildJobId);
