namespace Lodestar.Portal.Client.Features.Identity;

public sealed record DuplicateProfileDto(long Id, string DisplayName, int EventCount, DateTime LastSeenAt);
