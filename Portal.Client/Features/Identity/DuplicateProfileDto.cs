namespace Lodestar.Portal.Client.Features.Identity;

/// <summary>One side of a suggestion: the profile, and the CRM contacts it holds (none for people only seen in events).</summary>
public sealed record DuplicateProfileDto(long Id, string DisplayName, int EventCount, DateTime LastSeenAt, IReadOnlyList<DuplicateContactDto>? Contacts = null);
