using Lodestar.Domain.Economics.Clv;

namespace Lodestar.Domain.Tests.Economics.Clv;

/// <summary>Against Fader, Hardie &amp; Lee (2005) and Hardie's published CDNOW worked values, at the published optimum.</summary>
public sealed class BgNbdCalculatorTests
{
    internal static readonly BgNbdParameters Published = new(0.2425982, 4.4136842, 0.7929899, 2.4261667);

    private static void Close(double expected, double actual, double relative) =>
        Assert.True(Math.Abs(actual - expected) <= relative * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");

    [Fact]
    public void ExpectedPurchases_NewCustomerOver52Weeks_IsPublishedValue() =>
        Close(1.444004, BgNbdCalculator.ExpectedPurchases(Published, 52), 1e-6);

    [Fact]
    public void ConditionalExpectedPurchases_PublishedCustomer_IsPublishedValue() =>
        Close(25.75659, BgNbdCalculator.ConditionalExpectedPurchases(Published, 52, 26, 30.85714, 31), 1e-5);

    [Fact]
    public void ProbabilityAlive_PublishedCustomer_IsPublishedValue() =>
        Close(0.9688523, BgNbdCalculator.ProbabilityAlive(Published, 26, 30.85714, 31), 1e-6);

    [Fact]
    public void ConditionalExpectedPurchases_CustomerOneOver39Weeks_IsPublishedValue() =>
        Close(1.226, BgNbdCalculator.ConditionalExpectedPurchases(Published, 39, 2, 30.43, 38.86), 5e-4);

    [Theory]
    [InlineData(10, 0.3474606)]
    [InlineData(15, 0.04283391)]
    [InlineData(20, 0.004158973)]
    [InlineData(25, 0.0003583685)]
    public void ConditionalExpectedPurchases_MoreBuyingBeforeLongSilence_FallsAsPublished(int x, double expected) =>
        // Same recency (t_x = 20, T = 39): the more someone bought before going quiet, the likelier the silence means gone.
        Close(expected, BgNbdCalculator.ConditionalExpectedPurchases(Published, 52, x, 20, 39), 1e-5);

    [Fact]
    public void PurchaseCountProbability_NoPurchaseIn39Weeks_IsPublishedValue() =>
        Close(0.5737864, BgNbdCalculator.PurchaseCountProbability(new BgNbdParameters(0.243, 4.414, 0.793, 2.426), 39, 0), 1e-6);

    [Fact]
    public void PurchaseCountProbability_OverAllCounts_SumsToOneWithMeanExpectedPurchases()
    {
        var probabilities = Enumerable.Range(0, 400).Select(n => BgNbdCalculator.PurchaseCountProbability(Published, 39, n)).ToList();

        Close(1, probabilities.Sum(), 1e-9);
        Close(BgNbdCalculator.ExpectedPurchases(Published, 39), probabilities.Select((p, n) => p * n).Sum(), 1e-8);
        Assert.All(probabilities, p => Assert.InRange(p, 0, 1));
    }

    [Fact]
    public void ProbabilityAlive_NoRepeatPurchase_IsOne() =>
        Assert.Equal(1.0, BgNbdCalculator.ProbabilityAlive(Published, 0, 0, 38.86));

    [Fact]
    public void ConditionalExpectedPurchases_NoRepeatPurchaseSinceBirth_IsExpectedPurchasesOfSomeoneNew()
    {
        // With x = 0 and T = 0 the history says nothing: E[Y(t) | 0, 0, 0] = E[X(t)].
        Close(BgNbdCalculator.ExpectedPurchases(Published, 52), BgNbdCalculator.ConditionalExpectedPurchases(Published, 52, 0, 0, 0), 1e-12);
    }

    [Fact]
    public void ConditionalExpectedPurchases_ZeroHorizon_IsZero() =>
        Assert.Equal(0.0, BgNbdCalculator.ConditionalExpectedPurchases(Published, 0, 3, 10, 20));

    [Fact]
    public void LogLikelihood_NoRepeatPurchase_IsStillAliveNoPurchaseTerm()
    {
        // x = 0: the customer bought nothing in T while alive, L = (α / (α + T))^r.
        var expected = Published.R * Math.Log(Published.Alpha / (Published.Alpha + 38.857143));
        Close(expected, BgNbdCalculator.LogLikelihood(Published, 0, 0, 38.857143), 1e-12);
    }

    [Fact]
    public void LogLikelihood_CdnowAtPublishedOptimum_IsPublishedValue()
    {
        var total = CdnowSummaries.FullPrecision.Sum(c => BgNbdCalculator.LogLikelihood(Published, c.Frequency, c.Recency, c.Age));

        Assert.Equal(-9582.429, total, 1e-3);
    }

    [Fact]
    public void ConditionalExpectedPurchases_CdnowHoldoutByFrequency_IsPublishedTable()
    {
        // Fader, Hardie & Lee's calibration/holdout check: mean actual and predicted holdout purchases by calibration x.
        var groups = CdnowSummaries.FullPrecision.GroupBy(c => Math.Min(c.Frequency, 7)).OrderBy(g => g.Key).ToList();
        var actual = groups.Select(g => Math.Round(g.Average(c => c.HoldoutFrequency), 3)).ToArray();
        var predicted = groups.Select(g => Math.Round(g.Average(c =>
            BgNbdCalculator.ConditionalExpectedPurchases(Published, 39, c.Frequency, c.Recency, c.Age)), 3)).ToArray();

        Assert.Equal([0.237, 0.697, 1.393, 1.560, 2.532, 2.947, 3.862, 6.359], actual);
        Assert.Equal([0.225, 0.523, 1.044, 1.520, 2.164, 2.654, 3.504, 6.157], predicted);
    }
}
