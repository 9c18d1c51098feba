using System.Globalization;
using Lodestar.Domain.Economics.Clv;
using Lodestar.Domain.Economics.Ledger;
using Lodestar.Domain.Money;

namespace Lodestar.Domain.Economics;

/// <summary>
/// Predicted CLV of every customer from the ledger's purchases up to today: BG/NBD (in weeks) for how many more
/// purchases and P(alive), Gamma-Gamma for their value, discounted monthly at 1 % over 12 months.
/// </summary>
public static class PredictedClvCalculator
{
    public const int HorizonMonths = 12;
    public const double MonthlyDiscountRate = 0.01;
    private const double Year = 52;

    /// <summary>
    /// The BG/NBD's evaluation budget in the nightly run: seven times what well-posed data need (736 for 100,000
    /// customers), and a bound on the time spent where the likelihood has no maximum (R1's synthetic customers never
    /// drop out, so a and b grow without end: 100,000 evaluations took 56 s there).
    /// </summary>
    public const int MaxEvaluations = 5_000;

    /// <summary>Where the benchmark hears the fitted parameters and timings; null otherwise.</summary>
    public static Action<string>? Diagnostics { get; set; }

    /// <summary>The ledger's purchases as the models read them: refunds left out, one customer per profile.</summary>
    public static IEnumerable<ClvPurchase> Purchases(IEnumerable<LedgerLine> lines) =>
        lines.Where(l => l.IsPurchase).Select(l => new ClvPurchase(l.ProfileId.ToString(CultureInfo.InvariantCulture), l.At, l.Amount));

    /// <param name="fitSeconds">How long the two fits took (the rest is the per-customer predictions).</param>
    public static PredictedClv Predict(IEnumerable<LedgerLine> lines, DateOnly calibrationEnd, string currency, out double fitSeconds)
    {
        fitSeconds = 0;
        var customers = CustomerSummaryCalculator.Summarize(Purchases(lines), calibrationEnd, ClvTimeUnit.Week);
        if (!customers.Any(c => c.Frequency > 0 && c.MonetaryValue > 0))
            return new PredictedClv(null, new Dictionary<long, PredictedValue>(), "No customer bought again for a positive amount: the models learn from repeat purchases.");

        var perUnit = Math.Pow(10, Currencies.DigitsOf(currency));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var bgnbd = BgNbdFitter.Fit(customers, MaxEvaluations);
        var spend = GammaGammaFitter.Fit(customers, perUnit);
        fitSeconds = clock.Elapsed.TotalSeconds;
        var (m, g) = (bgnbd.Parameters, spend.Parameters);
        Diagnostics?.Invoke($"BG/NBD r={m.R:G4} alpha={m.Alpha:G4} a={m.A:G4} b={m.B:G4} ({bgnbd.Evaluations} evaluations, converged {bgnbd.Converged}); Gamma-Gamma p={g.P:G4} q={g.Q:G4} gamma={g.Gamma:G4}; fit {fitSeconds:N2} s");
        var values = new Dictionary<long, PredictedValue>(customers.Count);
        foreach (var c in customers)
        {
            var clv = ClvCalculator.DiscountedValue(m, g, c, c.MonetaryValue / perUnit, HorizonMonths, MonthlyDiscountRate, ClvTimeUnit.Week) * perUnit;
            values[long.Parse(c.CustomerKey, CultureInfo.InvariantCulture)] = new PredictedValue(
                BgNbdCalculator.ConditionalExpectedPurchases(m, Year, c.Frequency, c.Recency, c.Age),
                BgNbdCalculator.ProbabilityAlive(m, c.Frequency, c.Recency, c.Age),
                double.IsFinite(clv) ? (long)Math.Round(clv) : 0);
        }

        return new PredictedClv(new ClvModelFit(calibrationEnd, ClvTimeUnit.Week, currency, customers.Count, bgnbd, spend), values, null);
    }
}
