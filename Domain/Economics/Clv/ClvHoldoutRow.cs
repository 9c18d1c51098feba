namespace Lodestar.Domain.Economics.Clv;

/// <summary>The customers with one calibration frequency (or, when <see cref="AndMore"/>, with at least it) and their mean holdout purchases.</summary>
/// <param name="Frequency">x: repeat purchase days in the calibration period.</param>
/// <param name="AndMore">The last group: every customer with x ≥ <paramref name="Frequency"/>.</param>
/// <param name="ActualMean">Mean purchase days in the holdout period.</param>
/// <param name="PredictedMean">Mean BG/NBD conditional expectation E[Y(t) | x, t_x, T] for the holdout's length t.</param>
public sealed record ClvHoldoutRow(int Frequency, bool AndMore, int Customers, double ActualMean, double PredictedMean);
