namespace Lodestar.Domain.Identity.Matching;

/// <summary>
/// u = P(level | two different people), estimated over random record pairs as Splink does: among random pairs
/// almost all are two different people. The exact level is counted over all pairs from the value frequencies,
/// since a random sample sees a rare exact agreement (a date of birth) only a handful of times; the sample then
/// shares the rest among the other levels.
/// </summary>
internal static class UProbabilityCalculator
{
    public static double[][] Estimate(
        PreparedRecords records, IReadOnlyList<FieldComparison> comparisons, int samples, int seed, CancellationToken cancellationToken)
    {
        var sampled = ComparisonVectors.RandomPairFrequencies(records, comparisons, samples, seed, cancellationToken);
        var u = new double[comparisons.Count][];
        for (var c = 0; c < comparisons.Count; c++)
        {
            var counts = sampled[c];
            var exact = IsPlainExact(comparisons[c]) ? ExactAgreement(records.Columns[(int)comparisons[c].Field]) : null;
            if (exact is null)
            {
                u[c] = ExpectationMaximization.Smooth(counts);
                continue;
            }

            var rest = ExpectationMaximization.Smooth(counts[1..]);
            u[c] = new double[counts.Length];
            u[c][0] = exact.Value;
            for (var l = 1; l < counts.Length; l++)
                u[c][l] = (1 - exact.Value) * rest[l - 1];
        }

        return u;
    }

    /// <summary>
    /// Whether the first level is plain equality of the comparison's only field, so that its u is the share of
    /// equal pairs among the pairs where that field is present on both sides.
    /// </summary>
    private static bool IsPlainExact(FieldComparison comparison) =>
        comparison.Fields.Count == 1 && comparison.Levels[0] is { Test: LevelTest.Exact, Field: null, And: null };

    /// <summary>The share of pairs of present values that are equal, or null when fewer than two values are present.</summary>
    private static double? ExactAgreement(string?[] column)
    {
        var frequencies = new Dictionary<string, long>(StringComparer.Ordinal);
        long present = 0;
        foreach (var value in column)
        {
            if (value is null)
                continue;
            present++;
            frequencies[value] = frequencies.GetValueOrDefault(value) + 1;
        }

        if (present < 2)
            return null;
        double equalPairs = frequencies.Values.Sum(f => f * (f - 1) / 2);

        // Floor at one equal pair and ceiling below 1: a field whose values are all different, or all the same,
        // still gives every level a finite weight.
        return Math.Clamp(Math.Max(equalPairs, 1) / (present * (present - 1) / 2.0), 0, 1 - 1e-9);
    }
}
