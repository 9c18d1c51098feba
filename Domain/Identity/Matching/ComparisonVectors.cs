namespace Lodestar.Domain.Identity.Matching;

/// <summary>
/// A pair's comparison vector packed in a ulong, four bits per comparison holding the level index
/// (<see cref="FieldComparison.Missing"/> when a side is missing). Packed vectors are cheap to store and to group.
/// </summary>
internal static class ComparisonVectors
{
    public static int Level(ulong vector, int comparison) => (int)((vector >> (4 * comparison)) & 0xF);

    public static ulong Compare(PreparedRecords records, IReadOnlyList<FieldComparison> comparisons, int left, int right)
    {
        ulong vector = 0;
        for (var c = 0; c < comparisons.Count; c++)
            vector |= (ulong)comparisons[c].Compare(records.Columns, left, right) << (4 * c);

        return vector;
    }

    /// <summary>The vectors of <paramref name="pairs"/>, in their order; the work is spread over the cores.</summary>
    public static ulong[] Compare(PreparedRecords records, IReadOnlyList<FieldComparison> comparisons, long[] pairs, CancellationToken cancellationToken)
    {
        var vectors = new ulong[pairs.Length];
        const int chunk = 4_096;
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, (pairs.Length + chunk - 1) / chunk, parallel, block =>
        {
            var end = Math.Min(pairs.Length, (block + 1) * chunk);
            for (var i = block * chunk; i < end; i++)
                vectors[i] = Compare(records, comparisons, CandidatePairFinder.Left(pairs[i]), CandidatePairFinder.Right(pairs[i]));
        });
        return vectors;
    }

    /// <summary>
    /// Level counts over a seeded sample of random pairs: nearly all random pairs are two different people, so these
    /// estimate u (<see cref="UProbabilityCalculator"/>). Pairs where a comparison is missing are left out of its count.
    /// </summary>
    public static double[][] RandomPairFrequencies(
        PreparedRecords records, IReadOnlyList<FieldComparison> comparisons, int samples, int seed, CancellationToken cancellationToken)
    {
        var pairs = new long[records.Count < 2 ? 0 : samples];
        var random = new Random(seed);
        for (var i = 0; i < pairs.Length; i++)
        {
            var a = random.Next(records.Count);
            var b = random.Next(records.Count - 1);
            if (b >= a)
                b++;
            pairs[i] = CandidatePairFinder.Pack(Math.Min(a, b), Math.Max(a, b));
        }

        var vectors = Compare(records, comparisons, pairs, cancellationToken);
        var frequencies = new double[comparisons.Count][];
        for (var c = 0; c < comparisons.Count; c++)
        {
            var counts = new double[comparisons[c].Levels.Count];
            foreach (var vector in vectors)
            {
                var level = Level(vector, c);
                if (level != FieldComparison.Missing)
                    counts[level]++;
            }

            frequencies[c] = counts;
        }

        return frequencies;
    }
}
