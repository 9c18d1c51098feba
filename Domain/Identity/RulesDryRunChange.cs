namespace Lodestar.Domain.Identity;

/// <summary>
/// Merge: today's <see cref="ProfileIds"/> would become one profile. Split: today's one profile would become
/// <see cref="Groups"/>.Count profiles, each holding one group of its identifiers.
/// </summary>
public sealed record RulesDryRunChange(string Kind, IReadOnlyList<long> ProfileIds, IReadOnlyList<IReadOnlyList<IdentifierKey>> Groups)
{
    public const string Merge = "merge";
    public const string Split = "split";
}
