namespace Lodestar.Portal.Client.Features.Profiles;

/// <summary>A profile as the list shows it.</summary>
public sealed record ProfileSummaryDto(
    long Id, string DisplayName, string? Email, string? UserId, int IdentifierCount, int EventCount, DateTime FirstSeenAt, DateTime LastSeenAt);
