namespace Lodestar.Domain.Segments.Evaluation;

/// <summary>A consent change seen through the identifier a profile holds; <see cref="Id"/> orders changes at the same time.</summary>
public sealed record ConsentFact(long ProfileId, string Category, bool Granted, DateTime OccurredAt, long Id);
