using Lodestar.Domain.Economics.Reports;

namespace Lodestar.Domain.Tests.Economics.Reports;

public sealed class ClvHistogramCalculatorTests
{
    [Fact]
    public void Bins_NoValues_NoBins() => Assert.Empty(ClvHistogramCalculator.Bins([]));

    [Fact]
    public void Bins_SpreadValues_TwentyRoundBinsUpToTheLargest()
    {
        var bins = ClvHistogramCalculator.Bins([0, 150, 250, 999]);

        Assert.Equal(20, bins.Count);
        Assert.All(bins.Select((b, i) => (b, i)), x => Assert.Equal((x.i * 50L, (x.i + 1) * 50L), (x.b.From, x.b.To!.Value)));
        Assert.Equal([(0L, 1), (150L, 1), (250L, 1), (950L, 1)], bins.Where(b => b.Customers > 0).Select(b => (b.From, b.Customers)));
    }

    [Fact]
    public void Bins_OneOutlier_LastBinOpenEndedAtThe99thPercentile()
    {
        var values = Enumerable.Range(1, 99).Select(v => v * 10L).Append(1_000_000).ToList();

        var bins = ClvHistogramCalculator.Bins(values);

        // 99th percentile 990 → width 50 (round up of 49.5); the outlier joins the last bin instead of stretching the axis.
        Assert.Equal(20, bins.Count);
        Assert.Equal((950L, (long?)null, 6), (bins[^1].From, bins[^1].To, bins[^1].Customers));
        Assert.Equal(100, bins.Sum(b => b.Customers));
    }

    [Fact]
    public void Bins_AllZero_OneBin()
    {
        var bins = ClvHistogramCalculator.Bins([0, 0, 0]);

        Assert.Equal((0L, (long?)1, 3), (Assert.Single(bins).From, bins[0].To, bins[0].Customers));
    }

    [Theory]
    [InlineData(0.3, 1)]
    [InlineData(1, 1)]
    [InlineData(1.5, 2)]
    [InlineData(3, 5)]
    [InlineData(7, 10)]
    [InlineData(49.95, 50)]
    [InlineData(120, 200)]
    public void RoundWidth_Raw_SmallestOneTwoFiveNotBelow(double raw, long expected) =>
        Assert.Equal(expected, ClvHistogramCalculator.RoundWidth(raw));
}
