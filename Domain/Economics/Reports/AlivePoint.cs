namespace Lodestar.Domain.Economics.Reports;

/// <summary>How many customers with <paramref name="Orders"/> orders to date have a P(alive) near <paramref name="ProbabilityAlive"/> (to the nearest 0.05).</summary>
public sealed record AlivePoint(int Orders, double ProbabilityAlive, int Customers);
