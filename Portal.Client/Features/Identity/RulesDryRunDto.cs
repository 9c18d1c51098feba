namespace Lodestar.Portal.Client.Features.Identity;

/// <summary>
/// What saving the rules would do to the stored data: profiles before and after, how many of today's profiles would
/// merge into one or split apart, identifiers no longer used (now blocked, disabled or over a limit) or newly read,
/// with examples of each change.
/// </summary>
public sealed record RulesDryRunDto(
    long EventsRead,
    int ProfilesNow,
    int ProfilesAfter,
    int Merges,
    int Splits,
    int IdentifiersDropped,
    int IdentifiersAdded,
    IReadOnlyList<RulesDryRunChangeDto> Examples,
    double ElapsedSeconds);
