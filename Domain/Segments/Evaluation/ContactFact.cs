namespace Lodestar.Domain.Segments.Evaluation;

/// <summary>A CRM contact as rules see it: its account and owner.</summary>
public sealed record ContactFact(long Id, long? AccountId, string? OwnerId);
