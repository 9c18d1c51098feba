namespace Lodestar.Domain.Crm.Deals;

/// <summary>A stored stage and the number of deals standing in it.</summary>
public sealed record StageInUse(long Id, string Name, int Deals);
