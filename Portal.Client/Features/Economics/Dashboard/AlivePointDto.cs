namespace Lodestar.Portal.Client.Features.Economics.Dashboard;

/// <summary>Customers with this many orders to date and a P(alive) near this value (to 0.05).</summary>
public sealed record AlivePointDto(int Orders, double ProbabilityAlive, int Customers);
