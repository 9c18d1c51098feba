namespace Lodestar.Domain.Economics.Clv;

/// <summary>
/// Predicted customer lifetime value: expected purchases month by month (BG/NBD) times expected value per purchase
/// (Gamma-Gamma), discounted monthly:
/// CLV = Σ_{i=1..h} E[M] · (E[Y(i·f)] − E[Y((i−1)·f)]) / (1 + d)^i, with f the model's time units per month.
/// </summary>
public static class ClvCalculator
{
    /// <param name="unitsPerMonth">f: model time units in a month (4.348 for a model in weeks). Passed explicitly so a model in weeks is never stepped in days.</param>
    /// <param name="monthlyDiscountRate">d: 0.01 is about 12.7 % a year.</param>
    /// <returns>The value in the money unit of <paramref name="spend"/> and <paramref name="meanValue"/>.</returns>
    public static double DiscountedValue(BgNbdParameters purchases, GammaGammaParameters spend, CustomerSummary customer, double meanValue,
        int horizonMonths, double monthlyDiscountRate, double unitsPerMonth)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(horizonMonths);
        if (!(monthlyDiscountRate > -1) || !(unitsPerMonth > 0))
            throw new ArgumentOutOfRangeException(nameof(monthlyDiscountRate), "The discount rate is above -1 and a month is a positive number of time units.");
        var value = GammaGammaCalculator.ConditionalExpectedSpend(spend, customer.Frequency, meanValue);
        var total = 0.0;
        var before = 0.0;
        for (var month = 1; month <= horizonMonths; month++)
        {
            var upTo = BgNbdCalculator.ConditionalExpectedPurchases(purchases, month * unitsPerMonth, customer.Frequency, customer.Recency, customer.Age);
            total += value * (upTo - before) / Math.Pow(1 + monthlyDiscountRate, month);
            before = upTo;
        }

        return total;
    }

    public static double DiscountedValue(BgNbdParameters purchases, GammaGammaParameters spend, CustomerSummary customer, double meanValue,
        int horizonMonths, double monthlyDiscountRate, ClvTimeUnit unit) =>
        DiscountedValue(purchases, spend, customer, meanValue, horizonMonths, monthlyDiscountRate, ClvTimeUnits.PerMonth(unit));
}
