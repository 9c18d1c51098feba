namespace Lodestar.Domain.Segments.Evaluation;

/// <summary>A profile that is a current member of a segment.</summary>
public sealed record MemberFact(long SegmentId, long ProfileId);
