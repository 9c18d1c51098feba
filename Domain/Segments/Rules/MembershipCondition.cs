namespace Lodestar.Domain.Segments.Rules;

/// <summary>The profile is (or, with <see cref="Member"/> false, is not) a current member of another segment.</summary>
public sealed record MembershipCondition(long SegmentId, bool Member = true) : RuleNode;
