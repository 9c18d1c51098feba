namespace Lodestar.Portal.Client.Features.Profiles;

/// <summary>
/// One profile: its identifiers, traits (current values and the message that set each), the merge history behind it
/// (<see cref="MergedFrom"/>) and identifiers that were kept off it (<see cref="Conflicts"/>). A profile merged into
/// another has <see cref="MergedIntoId"/> set and nothing else of its own.
/// </summary>
public sealed record ProfileDto(
    long Id,
    long? MergedIntoId,
    string DisplayName,
    DateTime FirstSeenAt,
    DateTime LastSeenAt,
    int EventCount,
    IReadOnlyList<ProfileIdentifierDto> Identifiers,
    IReadOnlyList<ProfileTraitDto> Traits,
    IReadOnlyList<ProfileMergeDto> MergedFrom,
    IReadOnlyList<IdentityConflictDto> Conflicts);
