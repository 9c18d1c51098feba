namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>
/// The fitted BG/NBD against the purchases of the holdout period <paramref name="From"/>..<paramref name="To"/>
/// (YYYY-MM-DD, inclusive), <paramref name="Length"/> time units long: per calibration frequency and in all.
/// </summary>
/// <param name="ActualPurchases">Purchase days of the calibration customers in the holdout.</param>
/// <param name="PredictedPurchases">What the model expected of them: Σ E[Y(t) | x, t_x, T].</param>
/// <param name="MeanAbsoluteError">Mean over customers of |predicted − actual| purchases.</param>
/// <param name="RelativeError">(predicted − actual) ÷ actual; null when nobody bought in the holdout.</param>
public sealed record ClvHoldoutDto(
    string From,
    string To,
    double Length,
    int Customers,
    int ActualPurchases,
    double PredictedPurchases,
    double MeanAbsoluteError,
    double? RelativeError,
    IReadOnlyList<ClvHoldoutRowDto> Rows);
