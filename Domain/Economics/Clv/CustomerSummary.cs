namespace Lodestar.Domain.Economics.Clv;

/// <summary>
/// A customer's calibration-period history as the BG/NBD and Gamma-Gamma read it (the "CBS"), times in the model's
/// <see cref="ClvTimeUnit"/>.
/// </summary>
/// <param name="Frequency">x: purchase days after the first one, up to the calibration end.</param>
/// <param name="Recency">t_x: from the first to the last purchase day.</param>
/// <param name="Age">T: from the first purchase day to the calibration end.</param>
/// <param name="MonetaryValue">m_x: mean value of the repeat purchase days, in minor units (0 when x = 0).</param>
/// <param name="HoldoutFrequency">x*: purchase days after the calibration end up to the holdout end (0 without a holdout).</param>
/// <param name="HoldoutAmount">What those holdout purchases came to, in minor units.</param>
public sealed record CustomerSummary(
    string CustomerKey, DateOnly FirstPurchase, int Frequency, double Recency, double Age, double MonetaryValue,
    int HoldoutFrequency = 0, long HoldoutAmount = 0);
