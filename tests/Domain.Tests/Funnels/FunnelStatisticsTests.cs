using Lodestar.Domain.Funnels.Engine;

namespace Lodestar.Domain.Tests.Funnels;

public sealed class FunnelStatisticsTests
{
    [Theory]
    [InlineData(new double[] { 5 }, 0.5, 5)]
    [InlineData(new double[] { 1, 3 }, 0.5, 2)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 0.9, 9.1)]
    [InlineData(new double[] { 10, 20, 30 }, 0.5, 20)]
    public void Quantile_SortedValues_InterpolatesBetweenRanks(double[] sorted, double p, double expected) =>
        Assert.Equal(expected, FunnelStatistics.Quantile(sorted, p), 9);

    [Fact]
    public void Histogram_Times_BinsUpToTheLongest()
    {
        var bins = FunnelStatistics.Histogram([10, 59, 60, 400, 4_000]);

        Assert.Equal([2L, 1L, 1L, 0L, 1L], bins.Select(b => b.Count));
        Assert.Equal((0.0, 60.0), (bins[0].FromSeconds, bins[0].ToSeconds));
        Assert.Equal(14_400, bins[^1].ToSeconds);
    }

    [Fact]
    public void Histogram_NoTimes_IsEmpty() => Assert.Empty(FunnelStatistics.Histogram([]));
}
