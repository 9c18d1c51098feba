namespace Lodestar.Domain.Economics.Reports;

/// <summary>
/// The distribution of predicted CLV in bins of a round width. A few very valuable customers would squeeze everyone
/// else into the first bar, so the bins span up to the 99th percentile and the last one is open-ended.
/// </summary>
public static class ClvHistogramCalculator
{
    public const int MaxBins = 20;

    public static IReadOnlyList<ClvHistogramBin> Bins(IReadOnlyList<long> values)
    {
        if (values.Count == 0)
            return [];
        var sorted = values.Select(v => Math.Max(v, 0)).Order().ToArray();
        var top = sorted[(int)Math.Ceiling(0.99 * sorted.Length) - 1];
        var width = RoundWidth(Math.Max(top, 1) / (double)MaxBins);
        var bins = (int)Math.Min(MaxBins, top / width + 1);
        var counts = new int[bins];
        foreach (var value in sorted)
            counts[(int)Math.Min(value / width, bins - 1)]++;
        return counts.Select((count, i) => new ClvHistogramBin(i * width, i == bins - 1 && sorted[^1] >= bins * width ? null : (i + 1) * width, count)).ToList();
    }

    /// <summary>The smallest of 1, 2, 5 × 10ⁿ (n ≥ 0) not below <paramref name="raw"/>.</summary>
    public static long RoundWidth(double raw)
    {
        long power = 1;
        while (true)
        {
            foreach (var step in (ReadOnlySpan<long>)[1, 2, 5])
            {
                if (step * power >= raw)
                    return step * power;
            }

            power *= 10;
        }
    }
}
