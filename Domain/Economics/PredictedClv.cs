namespace Lodestar.Domain.Economics;

/// <summary>The models fitted on the ledger and each customer's prediction; <see cref="Problem"/> says why there are none.</summary>
public sealed record PredictedClv(ClvModelFit? Fit, IReadOnlyDictionary<long, PredictedValue> Customers, string? Problem);
