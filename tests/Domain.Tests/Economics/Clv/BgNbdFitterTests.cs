using Lodestar.Domain.Economics.Clv;
using Lodestar.Testing;

namespace Lodestar.Domain.Tests.Economics.Clv;

public sealed class BgNbdFitterTests
{
    private static readonly BgNbdParameters Published = BgNbdCalculatorTests.Published;

    internal static void AssertPublished(BgNbdFit fit, double logLikelihood = -9582.429)
    {
        Assert.True(fit.Converged);
        Assert.Equal(Published.R, fit.Parameters.R, Published.R * 1e-3);
        Assert.Equal(Published.Alpha, fit.Parameters.Alpha, Published.Alpha * 1e-3);
        Assert.Equal(Published.A, fit.Parameters.A, Published.A * 1e-3);
        Assert.Equal(Published.B, fit.Parameters.B, Published.B * 1e-3);
        Assert.Equal(logLikelihood, fit.LogLikelihood, 1e-3);
    }

    /// <summary>
    /// Everyone buys at the same rate and nobody drops out: the likelihood rises as r and α grow together (no
    /// heterogeneity is a gamma of infinite shape). Unbounded, the search ran them to 1e23, where the log-gamma
    /// differences are rounding noise and the expectations could not be computed; the fit stops at the bound instead.
    /// </summary>
    [Fact]
    public void Fit_EveryoneBuysAtOneRate_RateRightAndParametersBoundedAndExpectationsFinite()
    {
        var random = new Random(7);
        var customers = Enumerable.Range(0, 2_000).Select(i =>
        {
            double at = 0, last = 0;
            var count = 0;
            while ((at += -Math.Log(1 - random.NextDouble()) / 0.5) <= 52)
                (last, count) = (at, count + 1);
            return new CustomerSummary($"c{i}", new DateOnly(2026, 1, 1), count, last, 52, 10);
        }).ToList();

        var fit = BgNbdFitter.Fit(customers);

        Assert.InRange(fit.Parameters.R, 1, BgNbdFitter.MaxParameter);
        Assert.InRange(fit.Parameters.Alpha, 1, BgNbdFitter.MaxParameter);
        Assert.Equal(0.5, fit.Parameters.R / fit.Parameters.Alpha, 0.05);
        Assert.All(customers, c => Assert.True(double.IsFinite(
            BgNbdCalculator.ConditionalExpectedPurchases(fit.Parameters, 52, c.Frequency, c.Recency, c.Age))));
    }

    [Fact]
    public void Fit_CdnowFullPrecisionSummary_PublishedParametersAndLikelihood()
    {
        var fit = BgNbdFitter.Fit(CdnowSummaries.FullPrecision);

        AssertPublished(fit);
        Assert.Equal(2357, fit.Customers);
    }

    [Fact]
    public void Fit_SummaryBuiltFromRawCdnowPurchases_SameFitAsPublished()
    {
        var summaries = CustomerSummaryCalculator.Summarize(CdnowSample.Purchases(), CdnowSample.CalibrationEnd, ClvTimeUnit.Week);

        AssertPublished(BgNbdFitter.Fit(summaries));
    }

    [Fact]
    public void Fit_InDays_SameShapeWithAlphaInDaysAndLikelihoodShiftedByTheTimeScale()
    {
        var summaries = CustomerSummaryCalculator.Summarize(CdnowSample.Purchases(), CdnowSample.CalibrationEnd, ClvTimeUnit.Day);

        var fit = BgNbdFitter.Fit(summaries);

        // Purchase times are densities in time: measuring them in days (7 per week) divides each of the 2,457 repeat
        // purchases' density by 7, and nothing else about the model changes.
        Assert.Equal(Published.R, fit.Parameters.R, Published.R * 1e-3);
        Assert.Equal(Published.Alpha * 7, fit.Parameters.Alpha, Published.Alpha * 7 * 1e-3);
        Assert.Equal(Published.A, fit.Parameters.A, Published.A * 1e-3);
        Assert.Equal(Published.B, fit.Parameters.B, Published.B * 1e-3);
        Assert.Equal(-9582.429 - 2457 * Math.Log(7), fit.LogLikelihood, 1e-3);
    }

    [Fact]
    public void Fit_Optimum_IsTheSumOfCustomerLikelihoodsAndBeatsEveryNearbyPoint()
    {
        var customers = CdnowSummaries.FullPrecision;
        var fit = BgNbdFitter.Fit(customers);
        var p = fit.Parameters;
        double Total(BgNbdParameters m) => customers.Sum(c => BgNbdCalculator.LogLikelihood(m, c.Frequency, c.Recency, c.Age));

        Assert.Equal(Total(p), fit.LogLikelihood, 1e-8);
        foreach (var (dr, dAlpha, da, db) in new[] { (1, 0, 0, 0), (0, 1, 0, 0), (0, 0, 1, 0), (0, 0, 0, 1) })
        {
            foreach (var sign in new[] { -1, 1 })
            {
                var step = 1 + sign * 1e-3;
                var nearby = new BgNbdParameters(p.R * (dr == 1 ? step : 1), p.Alpha * (dAlpha == 1 ? step : 1),
                    p.A * (da == 1 ? step : 1), p.B * (db == 1 ? step : 1));
                Assert.True(Total(nearby) < fit.LogLikelihood, $"{nearby} has a higher likelihood than the fit {p}");
            }
        }
    }

    [Fact]
    public void Fit_NoCustomers_Throws() =>
        Assert.Throws<ArgumentException>(() => BgNbdFitter.Fit([]));
}
