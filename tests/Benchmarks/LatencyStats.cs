namespace Lodestar.Benchmarks;

/// <summary>Percentiles of request latencies in milliseconds (nearest rank).</summary>
public sealed class LatencyStats
{
    private readonly double[] _sorted;

    public LatencyStats(IEnumerable<double> milliseconds)
    {
        _sorted = [.. milliseconds];
        Array.Sort(_sorted);
    }

    public int Count => _sorted.Length;

    public double P50 => Percentile(50);

    public double P95 => Percentile(95);

    public double P99 => Percentile(99);

    public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];

    public double Mean => _sorted.Length == 0 ? double.NaN : _sorted.Average();

    /// <summary>How many took longer than <paramref name="milliseconds"/>.</summary>
    public int CountAbove(double milliseconds)
    {
        var index = Array.BinarySearch(_sorted, milliseconds);
        var atMost = index >= 0 ? LastOf(index) + 1 : ~index;
        return _sorted.Length - atMost;

        int LastOf(int i)
        {
            while (i + 1 < _sorted.Length && _sorted[i + 1] == milliseconds)
                i++;
            return i;
        }
    }

    public double Percentile(double p)
    {
        if (_sorted.Length == 0)
            return double.NaN;
        var rank = (int)Math.Ceiling(p / 100 * _sorted.Length);
        return _sorted[Math.Clamp(rank - 1, 0, _sorted.Length - 1)];
    }
}
