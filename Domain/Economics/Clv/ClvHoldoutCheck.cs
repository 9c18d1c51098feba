namespace Lodestar.Domain.Economics.Clv;

/// <summary>
/// How well a fitted BG/NBD predicts the purchases of the holdout period that follows its calibration period: per
/// calibration frequency and over all calibration customers.
/// </summary>
/// <param name="Length">t: the holdout's length in the model's time unit.</param>
/// <param name="Rows">One row per calibration frequency with customers, the last one holding every frequency from the cap up.</param>
/// <param name="ActualPurchases">Σ x*: purchase days of the calibration customers in the holdout.</param>
/// <param name="PredictedPurchases">Σ E[Y(t) | x, t_x, T] over the same customers.</param>
/// <param name="MeanAbsoluteError">Mean over customers of |E[Y(t) | x, t_x, T] − x*|.</param>
public sealed record ClvHoldoutCheck(double Length, IReadOnlyList<ClvHoldoutRow> Rows, int Customers, int ActualPurchases, double PredictedPurchases,
    double MeanAbsoluteError)
{
    /// <summary>(predicted − actual) ÷ actual; null when nobody bought in the holdout.</summary>
    public double? RelativeError => ActualPurchases == 0 ? null : (PredictedPurchases - ActualPurchases) / ActualPurchases;
}
