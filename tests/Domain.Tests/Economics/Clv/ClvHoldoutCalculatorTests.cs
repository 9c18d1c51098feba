using Lodestar.Domain.Economics.Clv;
using Lodestar.Testing;

namespace Lodestar.Domain.Tests.Economics.Clv;

public sealed class ClvHoldoutCalculatorTests
{
    private static readonly BgNbdParameters Published = BgNbdCalculatorTests.Published;

    private static CustomerSummary Customer(int x, double tx, double T, int holdout) => new($"c{x}-{holdout}", default, x, tx, T, 0, holdout);

    [Fact]
    public void Compare_PublishedCustomers_GroupMeansTotalsAndErrorByHand()
    {
        // Fader, Hardie & Lee's worked values at t = 52, t_x = 20, T = 39: E[Y] = 0.3474606 (x = 10), 0.04283391 (15), 0.004158973 (20).
        var check = ClvHoldoutCalculator.Compare(Published, [Customer(10, 20, 39, 1), Customer(15, 20, 39, 0), Customer(20, 20, 39, 2)], 52, frequencyCap: 12);

        Assert.Equal([(10, false, 1), (12, true, 2)], check.Rows.Select(r => (r.Frequency, r.AndMore, r.Customers)));
        Assert.Equal([1.0, 1.0], check.Rows.Select(r => r.ActualMean));
        Assert.Equal(0.3474606, check.Rows[0].PredictedMean, 1e-6);
        Assert.Equal((0.04283391 + 0.004158973) / 2, check.Rows[1].PredictedMean, 1e-6);
        Assert.Equal((52.0, 3, 3), (check.Length, check.Customers, check.ActualPurchases));
        Assert.Equal(0.3474606 + 0.04283391 + 0.004158973, check.PredictedPurchases, 1e-6);
        Assert.Equal((1 - 0.3474606 + 0.04283391 + 2 - 0.004158973) / 3, check.MeanAbsoluteError, 1e-6);
        Assert.Equal((0.394453483 - 3) / 3, check.RelativeError!.Value, 1e-6);
    }

    [Fact]
    public void Compare_FrequenciesFromTheCapUp_OneGroupAndEmptyFrequenciesLeftOut()
    {
        var customers = new[] { Customer(0, 0, 30, 1), Customer(0, 0, 20, 0), Customer(2, 10, 30, 3), Customer(7, 25, 30, 4), Customer(9, 29, 30, 6) };

        var check = ClvHoldoutCalculator.Compare(Published, customers, 39);

        Assert.Equal([(0, false, 2, 0.5), (2, false, 1, 3.0), (7, true, 2, 5.0)], check.Rows.Select(r => (r.Frequency, r.AndMore, r.Customers, r.ActualMean)));
        double Predicted(CustomerSummary c) => BgNbdCalculator.ConditionalExpectedPurchases(Published, 39, c.Frequency, c.Recency, c.Age);
        Assert.Equal((Predicted(customers[3]) + Predicted(customers[4])) / 2, check.Rows[2].PredictedMean, 1e-12);
        Assert.Equal(customers.Sum(Predicted), check.PredictedPurchases, 1e-12);
        Assert.Equal(14, check.ActualPurchases);
    }

    [Fact]
    public void Compare_NobodyBoughtInTheHoldout_NoRelativeError()
    {
        var check = ClvHoldoutCalculator.Compare(Published, [Customer(1, 5, 10, 0)], 4);

        Assert.Null(check.RelativeError);
        Assert.Equal(check.PredictedPurchases, check.MeanAbsoluteError, 1e-12);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void Compare_HoldoutWithoutLength_Throws(double length) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ClvHoldoutCalculator.Compare(Published, [Customer(1, 5, 10, 0)], length));

    [Fact]
    public void Compare_Cdnow39WeekHoldout_PublishedMeansPerCalibrationFrequency()
    {
        var check = ClvHoldoutCalculator.Compare(Published, CdnowSummaries.FullPrecision, 39);

        // Fader, Hardie & Lee (2005), fig. 4: mean holdout purchases by x = 0..6, 7+.
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7], check.Rows.Select(r => r.Frequency));
        Assert.True(check.Rows[^1].AndMore);
        Assert.Equal([0.237, 0.697, 1.393, 1.560, 2.532, 2.947, 3.862, 6.359], check.Rows.Select(r => Math.Round(r.ActualMean, 3)));
        Assert.Equal([0.225, 0.523, 1.044, 1.520, 2.164, 2.654, 3.504, 6.157], check.Rows.Select(r => Math.Round(r.PredictedMean, 3)));
        Assert.Equal((2357, 1882), (check.Customers, check.ActualPurchases));
        // The total is the published group means times the group sizes (to their rounding): the model under-forecasts
        // every group a little, 12 % in all, as the published figure shows.
        double[] published = [0.225, 0.523, 1.044, 1.520, 2.164, 2.654, 3.504, 6.157];
        Assert.Equal(check.Rows.Select((r, i) => r.Customers * published[i]).Sum(), check.PredictedPurchases, 0.0005 * 2357);
        Assert.Equal(1653.39, check.PredictedPurchases, 0.01);
        Assert.Equal(-0.1215, check.RelativeError!.Value, 1e-4);
        Assert.Equal(0.7855, check.MeanAbsoluteError, 1e-4);
    }

    [Fact]
    public void Compare_FittedOnRawCdnowPurchases_SameCheck()
    {
        var customers = CustomerSummaryCalculator.Summarize(CdnowSample.Purchases(), CdnowSample.CalibrationEnd, ClvTimeUnit.Week, CdnowSample.HoldoutEnd);
        var length = (CdnowSample.HoldoutEnd.DayNumber - CdnowSample.CalibrationEnd.DayNumber) / 7.0;

        var check = ClvHoldoutCalculator.Compare(BgNbdFitter.Fit(customers).Parameters, customers, length);

        Assert.Equal(39, length);
        Assert.Equal([0.225, 0.523, 1.044, 1.520, 2.164, 2.654, 3.504, 6.157], check.Rows.Select(r => Math.Round(r.PredictedMean, 3)));
        Assert.Equal(1882, check.ActualPurchases);
    }
}
