using Lodestar.Domain.Identity;

namespace Lodestar.Domain.Profiles;

/// <summary>
/// Everything identity resolution knows of a profile. <see cref="MergedFrom"/> is the whole merge history behind it:
/// the profiles merged into it, and those merged into them earlier, newest first. <see cref="Segments"/>: the segments
/// it is a member of now (as of their last refresh). <see cref="Value"/>: the lifetime value from the last economics run;
/// null when that run found no purchase of theirs, or has not run.
/// </summary>
public sealed record ProfileDetail(
    Profile Profile,
    IReadOnlyList<ProfileIdentifier> Identifiers,
    IReadOnlyList<ProfileTrait> Traits,
    IReadOnlyList<ProfileMerge> MergedFrom,
    IReadOnlyList<IdentityConflict> Conflicts,
    IReadOnlyList<ProfileSegment> Segments,
    ProfileValue? Value);
