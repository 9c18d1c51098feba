namespace Lodestar.Domain.Profiles;

/// <summary>
/// What the person is worth, as the last economics run computed it: net revenue to date (the historical LTV) over
/// their orders, their acquisition channel, and the predicted value of their next 12 months. Money in minor units of
/// <see cref="Currency"/> (the workspace currency).
/// </summary>
public sealed record ProfileValue(long Revenue, int Orders, string Currency, DateTime FirstPurchaseAt, DateTime LastPurchaseAt,
    string Channel, long? PredictedClv, double? ProbabilityAlive, DateTime ComputedAt);
