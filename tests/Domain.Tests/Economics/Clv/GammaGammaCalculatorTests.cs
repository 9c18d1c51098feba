using Lodestar.Domain.Economics.Clv;

namespace Lodestar.Domain.Tests.Economics.Clv;

public sealed class GammaGammaCalculatorTests
{
    private static readonly GammaGammaParameters Cdnow = new(6.25, 3.74, 15.44);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(12)]
    public void LogLikelihood_DensityOfTheMeanValue_IntegratesToOne(int x)
    {
        // Trapezoid rule over ln m from e^-12 to e^12: the density f(m_x | x) is a proper density on m_x > 0.
        const int steps = 24_000;
        var total = 0.0;
        for (var i = 0; i <= steps; i++)
        {
            var lnM = -12 + 24.0 * i / steps;
            var weight = i == 0 || i == steps ? 0.5 : 1;
            total += weight * Math.Exp(GammaGammaCalculator.LogLikelihood(Cdnow, x, Math.Exp(lnM)) + lnM) * 24.0 / steps;
        }

        Assert.Equal(1, total, 1e-6);
    }

    [Fact]
    public void ConditionalExpectedSpend_IsCredibilityWeightedMeanOfOwnAndPopulationMean()
    {
        // p(γ + x·m) / (px + q − 1) = w·m + (1 − w)·γp / (q − 1) with w = px / (px + q − 1): more purchases, more weight on m.
        const double x = 4, m = 52.5;
        var w = Cdnow.P * x / (Cdnow.P * x + Cdnow.Q - 1);
        var expected = w * m + (1 - w) * GammaGammaCalculator.PopulationMeanSpend(Cdnow);

        Assert.Equal(expected, GammaGammaCalculator.ConditionalExpectedSpend(Cdnow, x, m), 1e-12);
    }

    [Fact]
    public void PopulationMeanSpend_Cdnow_IsGammaPOverQMinusOne() =>
        Assert.Equal(15.44 * 6.25 / 2.74, GammaGammaCalculator.PopulationMeanSpend(Cdnow), 1e-12);

    [Fact]
    public void ConditionalExpectedSpend_NoRepeatPurchases_IsPopulationMean() =>
        Assert.Equal(GammaGammaCalculator.PopulationMeanSpend(Cdnow), GammaGammaCalculator.ConditionalExpectedSpend(Cdnow, 0, 0));

    [Theory]
    // lifetimes' documentation (GammaGammaFitter on its 2-decimal CDNOW summary): customers 1, 2, 3 (x = 0) and 6.
    [InlineData(0, 24.658619)]
    [InlineData(1, 18.911489)]
    [InlineData(2, 35.170981)]
    [InlineData(5, 71.462843)]
    public void ConditionalExpectedSpend_LifetimesDocumentedCustomers_Agree(int row, double expected)
    {
        var customer = CdnowSummaries.Rounded[row];

        var spend = GammaGammaCalculator.ConditionalExpectedSpend(CdnowSummaries.RoundedFits.GammaGamma, customer.Frequency, customer.MonetaryValue / 100);

        Assert.Equal(expected, spend, expected * 1e-5);
    }

    [Fact]
    public void PopulationMeanSpend_QAtMostOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => GammaGammaCalculator.PopulationMeanSpend(new GammaGammaParameters(2, 0.9, 10)));

    [Fact]
    public void LogLikelihood_NoRepeatPurchases_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => GammaGammaCalculator.LogLikelihood(Cdnow, 0, 10));
}
