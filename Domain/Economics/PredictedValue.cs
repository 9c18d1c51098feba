namespace Lodestar.Domain.Economics;

/// <summary>A customer's predicted future: expected purchases in the next 52 weeks, P(alive), and the discounted value of the next 12 months (minor units).</summary>
public readonly record struct PredictedValue(double ExpectedPurchases52Weeks, double ProbabilityAlive, long Clv);
