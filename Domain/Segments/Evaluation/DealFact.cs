namespace Lodestar.Domain.Segments.Evaluation;

/// <summary>A deal's contact (if any) and the stage it is in.</summary>
public sealed record DealFact(long? ContactId, long StageId);
