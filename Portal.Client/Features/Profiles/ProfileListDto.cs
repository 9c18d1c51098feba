namespace Lodestar.Portal.Client.Features.Profiles;

/// <summary>A page of profiles and how many match in all.</summary>
public sealed record ProfileListDto(IReadOnlyList<ProfileSummaryDto> Items, int Total);
