namespace Lodestar.Domain.Profiles;

/// <summary>One page of profiles and how many match in all.</summary>
public sealed record ProfileSearchResult(IReadOnlyList<ProfileSummary> Items, int Total);
