namespace Lodestar.Portal.Client.Features.Profiles;

/// <summary>
/// One profile: its identifiers, traits (current values and the message that set each), the merge history behind it
/// (<see cref="MergedFrom"/>), identifiers that were kept off it (<see cref="Conflicts"/>) and the segments it is in
/// (<see cref="Segments"/>, as of their last refresh), and its lifetime value (<see cref="Value"/>, null before the
/// economics job has seen a purchase of theirs). A profile merged into
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
    IReadOnlyList<IdentityConflictDto> Conflicts,
    IReadOnlyList<ProfileSegmentDto> Segments,
    ProfileValueDto? Value = null);
