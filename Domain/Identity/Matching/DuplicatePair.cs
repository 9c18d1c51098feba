namespace Lodestar.Domain.Identity.Matching;

/// <summary>A suggested duplicate: two records, how likely they are one person, and why.</summary>
/// <param name="MatchWeight">The prior's and the fields' weights summed (log2 odds of a match).</param>
/// <param name="Evidence">Every compared field where at least one side has a value, in comparison order.</param>
public sealed record DuplicatePair(
    PersonRecord Left,
    PersonRecord Right,
    double Probability,
    double MatchWeight,
    IReadOnlyList<FieldEvidence> Evidence);
