namespace Lodestar.Portal.Client.Features.Profiles;

/// <summary>
/// The person's lifetime value from the last economics run: net revenue to date over their orders, acquisition channel,
/// and the predicted value of the next 12 months (null when the model could not be fitted). Money in minor units of
/// <see cref="Currency"/>.
/// </summary>
public sealed record ProfileValueDto(long Revenue, int Orders, string Currency, DateTime FirstPurchaseAt, DateTime LastPurchaseAt,
    string Channel, long? PredictedClv, double? ProbabilityAlive, DateTime ComputedAt);
