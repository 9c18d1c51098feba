namespace Lodestar.Domain.Identity.Matching;

/// <summary>
/// One field of a scored pair: the values as compared (normalised: "12 High St" shows as street number "12" and
/// "high street"), the level they reached and its weight in bits; "missing" with weight 0 when one side is empty.
/// </summary>
public sealed record FieldEvidence(string Field, string? LeftValue, string? RightValue, string Level, double Weight)
{
    /// <summary>m ÷ u = 2^weight: how many times likelier this agreement is for one person than for two.</summary>
    public double BayesFactor => Math.Pow(2, Weight);
}
