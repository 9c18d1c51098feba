namespace Lodestar.Domain.Funnels.Engine;

/// <summary>Time-to-convert summaries: quantiles interpolated between ranks (the median of an even count is the mean of the middle two), and a histogram on human bin edges.</summary>
internal static class FunnelStatistics
{
    /// <summary>1 min, 5 min, 15 min, 1 h, 4 h, 12 h, 1 d, 3 d, 7 d, 14 d, 30 d, 90 d, 366 d.</summary>
    private static readonly double[] Edges = [0, 60, 300, 900, 3_600, 14_400, 43_200, 86_400, 259_200, 604_800, 1_209_600, 2_592_000, 7_776_000, 31_622_400];

    /// <param name="sorted">Ascending, not empty.</param>
    public static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        var h = (sorted.Count - 1) * p;
        var low = (int)Math.Floor(h);
        return low + 1 < sorted.Count ? sorted[low] + (h - low) * (sorted[low + 1] - sorted[low]) : sorted[low];
    }

    /// <summary>Bins from zero up to the one holding the longest time; none for no times.</summary>
    public static List<FunnelHistogramBin> Histogram(IReadOnlyList<double> sorted)
    {
        var bins = new List<FunnelHistogramBin>();
        if (sorted.Count == 0)
            return bins;
        var i = 0;
        for (var b = 0; b < Edges.Length - 1 && i < sorted.Count; b++)
        {
            var to = b == Edges.Length - 2 ? double.MaxValue : Edges[b + 1];
            var count = 0L;
            while (i < sorted.Count && sorted[i] < to)
            {
                count++;
                i++;
            }

            bins.Add(new FunnelHistogramBin(Edges[b], b == Edges.Length - 2 ? Math.Max(Edges[b + 1], sorted[^1]) : to, count));
        }

        return bins;
    }
}
