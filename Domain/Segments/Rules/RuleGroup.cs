namespace Lodestar.Domain.Segments.Rules;

/// <summary>A group of conditions and nested groups. An empty ALL group matches every profile.</summary>
public sealed record RuleGroup(GroupMatch Match, IReadOnlyList<RuleNode> Children) : RuleNode;
