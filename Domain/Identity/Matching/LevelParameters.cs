namespace Lodestar.Domain.Identity.Matching;

/// <summary>
/// One comparison level's fitted parameters: m = P(level | same person), u = P(level | different people),
/// weight = log2(m ÷ u), the evidence in bits the level adds (positive for a match).
/// </summary>
public sealed record LevelParameters(string Level, double M, double U, double Weight);
