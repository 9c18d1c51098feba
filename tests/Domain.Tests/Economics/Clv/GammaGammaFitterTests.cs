using Lodestar.Domain.Economics.Clv;
using Lodestar.Testing;

namespace Lodestar.Domain.Tests.Economics.Clv;

public sealed class GammaGammaFitterTests
{
    /// <summary>
    /// Fader &amp; Hardie (2013), "The Gamma-Gamma Model of Monetary Value", on the 946 CDNOW customers with repeat
    /// purchases in the 39 calibration weeks: p = 6.25, q = 3.74, γ = 15.44; log-likelihood −4055.9177 as CLVTools'
    /// correctness test reproduces it (tests/testthat/test_correctness_gg.R).
    /// </summary>
    internal static void AssertPublished(GammaGammaFit fit)
    {
        Assert.True(fit.Converged);
        Assert.Equal(946, fit.Customers);
        Assert.Equal(6.25, fit.Parameters.P, 0.005);
        Assert.Equal(3.74, fit.Parameters.Q, 0.005);
        Assert.Equal(15.44, fit.Parameters.Gamma, 0.005);
        Assert.Equal(-4055.9177, fit.LogLikelihood, 1e-3);
    }

    [Fact]
    public void Fit_CdnowFullPrecisionSummaryInDollars_PublishedParametersAndLikelihood() =>
        AssertPublished(GammaGammaFitter.Fit(CdnowSummaries.FullPrecision, minorUnitsPerUnit: 100));

    [Fact]
    public void Fit_SummaryBuiltFromRawCdnowPurchases_PublishedParametersAndLikelihood() =>
        AssertPublished(GammaGammaFitter.Fit(
            CustomerSummaryCalculator.Summarize(CdnowSample.Purchases(), CdnowSample.CalibrationEnd, ClvTimeUnit.Week), minorUnitsPerUnit: 100));

    [Fact]
    public void Fit_InCents_GammaHundredfoldLikelihoodShiftedByTheMoneyScale()
    {
        var dollars = GammaGammaFitter.Fit(CdnowSummaries.FullPrecision, minorUnitsPerUnit: 100);
        var cents = GammaGammaFitter.Fit(CdnowSummaries.FullPrecision);

        // m_x is a density in money: in cents each of the 946 densities is a hundredth of the one in dollars.
        Assert.Equal(dollars.Parameters.P, cents.Parameters.P, 1e-3);
        Assert.Equal(dollars.Parameters.Q, cents.Parameters.Q, 1e-3);
        Assert.Equal(dollars.Parameters.Gamma * 100, cents.Parameters.Gamma, 0.1);
        Assert.Equal(dollars.LogLikelihood - 946 * Math.Log(100), cents.LogLikelihood, 1e-3);
    }

    [Fact]
    public void Fit_Optimum_FlatGradientHigherThanNearbyAndTheSumOfCustomerLikelihoods()
    {
        var customers = CdnowSummaries.FullPrecision.Where(c => c.Frequency > 0).ToList();
        var fit = GammaGammaFitter.Fit(customers, minorUnitsPerUnit: 100);
        double Total(double p, double q, double gamma) => customers.Sum(c =>
            GammaGammaCalculator.LogLikelihood(new GammaGammaParameters(p, q, gamma), c.Frequency, c.MonetaryValue / 100));
        var (p0, q0, g0) = (fit.Parameters.P, fit.Parameters.Q, fit.Parameters.Gamma);

        // Gradient in log-parameters by central differences: zero at an interior optimum (up to the difference's own error).
        const double h = 1e-4;
        var gradient = new[]
        {
            (Total(p0 * Math.Exp(h), q0, g0) - Total(p0 * Math.Exp(-h), q0, g0)) / (2 * h),
            (Total(p0, q0 * Math.Exp(h), g0) - Total(p0, q0 * Math.Exp(-h), g0)) / (2 * h),
            (Total(p0, q0, g0 * Math.Exp(h)) - Total(p0, q0, g0 * Math.Exp(-h))) / (2 * h),
        };

        Assert.Equal(Total(p0, q0, g0), fit.LogLikelihood, 1e-8);
        Assert.All(gradient, g => Assert.InRange(g, -0.05, 0.05));
        Assert.True(Total(p0 * 1.01, q0, g0) < fit.LogLikelihood && Total(p0 / 1.01, q0, g0) < fit.LogLikelihood);
        Assert.True(Total(p0, q0 * 1.01, g0) < fit.LogLikelihood && Total(p0, q0 / 1.01, g0) < fit.LogLikelihood);
        Assert.True(Total(p0, q0, g0 * 1.01) < fit.LogLikelihood && Total(p0, q0, g0 / 1.01) < fit.LogLikelihood);
    }

    [Fact]
    public void Fit_NoRepeatCustomers_Throws() =>
        Assert.Throws<ArgumentException>(() => GammaGammaFitter.Fit([new CustomerSummary("a", default, 0, 0, 10, 0)]));
}
