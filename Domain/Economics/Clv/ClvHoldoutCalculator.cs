namespace Lodestar.Domain.Economics.Clv;

/// <summary>
/// The calibration/holdout check of Fader, Hardie &amp; Lee (2005, fig. 4): the customers of the calibration period
/// grouped by how often they bought again in it (x = 0, 1, …, and a last group "cap or more"), and per group the mean
/// purchases they actually made in the holdout period against the mean the model expected of them,
/// E[Y(t) | x, t_x, T]. Purchases are purchase days, as in <see cref="CustomerSummaryCalculator"/>.
/// </summary>
public static class ClvHoldoutCalculator
{
    public const int DefaultFrequencyCap = 7;

    /// <param name="customers">Calibration summaries whose <see cref="CustomerSummary.HoldoutFrequency"/> counts the holdout's purchase days.</param>
    /// <param name="holdoutLength">t: the holdout period's length in the time unit of <paramref name="model"/> and the summaries.</param>
    /// <param name="frequencyCap">Customers with x at least this are one group.</param>
    public static ClvHoldoutCheck Compare(BgNbdParameters model, IReadOnlyCollection<CustomerSummary> customers, double holdoutLength,
        int frequencyCap = DefaultFrequencyCap)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(customers);
        if (!double.IsFinite(holdoutLength) || holdoutLength <= 0)
            throw new ArgumentOutOfRangeException(nameof(holdoutLength), holdoutLength, "The holdout period has a positive length.");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frequencyCap);

        var groups = new (int Customers, long Actual, double Predicted)[frequencyCap + 1];
        var absoluteError = 0.0;
        foreach (var c in customers)
        {
            var predicted = BgNbdCalculator.ConditionalExpectedPurchases(model, holdoutLength, c.Frequency, c.Recency, c.Age);
            absoluteError += Math.Abs(predicted - c.HoldoutFrequency);
            ref var group = ref groups[Math.Min(c.Frequency, frequencyCap)];
            group = (group.Customers + 1, group.Actual + c.HoldoutFrequency, group.Predicted + predicted);
        }

        var rows = groups.Select((g, x) => (g, x)).Where(r => r.g.Customers > 0)
            .Select(r => new ClvHoldoutRow(r.x, r.x == frequencyCap, r.g.Customers, (double)r.g.Actual / r.g.Customers, r.g.Predicted / r.g.Customers))
            .ToList();
        return new ClvHoldoutCheck(holdoutLength, rows, customers.Count, (int)groups.Sum(g => g.Actual), groups.Sum(g => g.Predicted),
            customers.Count == 0 ? 0 : absoluteError / customers.Count);
    }
}
