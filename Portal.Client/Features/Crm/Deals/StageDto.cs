namespace Lodestar.Portal.Client.Features.Crm.Deals;

/// <summary>A pipeline stage; <see cref="Outcome"/> is open, won or lost.</summary>
public sealed record StageDto(long Id, string Name, int Probability, string Outcome);
