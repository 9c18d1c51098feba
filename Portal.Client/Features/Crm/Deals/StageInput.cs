namespace Lodestar.Portal.Client.Features.Crm.Deals;

/// <summary>A stage as edited; no id for a new one. Outcome: open, won or lost.</summary>
public sealed record StageInput(long? Id, string? Name, int Probability, string Outcome);
