namespace Lodestar.Domain.Segments.Rules;

/// <summary>A profile trait (its current value) passes a test.</summary>
public sealed record TraitCondition(string Trait, ValueTest Test) : RuleNode;
