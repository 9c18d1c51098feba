namespace Lodestar.Domain.Identity;

/// <summary>What other rules would change: counts over all profiles, and the first examples of each change.</summary>
public sealed record RulesDryRun(
    long EventsRead,
    int ProfilesNow,
    int ProfilesAfter,
    int Merges,
    int Splits,
    int IdentifiersDropped,
    int IdentifiersAdded,
    IReadOnlyList<RulesDryRunChange> Examples)
{
    public TimeSpan Elapsed { get; init; }
}
