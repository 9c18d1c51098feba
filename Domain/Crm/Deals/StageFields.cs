namespace Lodestar.Domain.Crm.Deals;

/// <summary>A stage as edited; <see cref="Id"/> is null for a new one.</summary>
public sealed record StageFields(long? Id, string? Name, int Probability, StageOutcome Outcome);
