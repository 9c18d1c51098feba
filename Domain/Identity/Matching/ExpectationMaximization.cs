namespace Lodestar.Domain.Identity.Matching;

/// <summary>
/// Fellegi–Sunter m and λ by expectation–maximisation (Winkler 1988), the Splink way: u is fixed at its random-pair
/// estimate and only m and λ are learnt. EM runs over the candidate pairs but λ is the share of <em>all</em> record
/// pairs that match; the pairs the blocking left out count as certain non-matches. The model then describes any
/// pair, not just the blocked ones, so blocking on a field does not inflate that field's weight or the prior.
/// Identical vectors are grouped first, so an iteration costs the number of distinct vectors, not of pairs.
/// </summary>
internal static class ExpectationMaximization
{
    /// <summary>
    /// Added to every level's expected count: keeps a level never seen among matches from getting m = 0 and an
    /// infinite negative weight, while being negligible against the hundreds of matches EM usually has.
    /// </summary>
    private const double PseudoCount = 0.5;

    /// <summary>Where m starts: 0.9 on the best level, the rest halving level by level (Splink starts similarly).</summary>
    public static double[] InitialM(int levels)
    {
        var m = new double[levels];
        var rest = 0.0;
        for (var l = 1; l < levels; l++)
            rest += m[l] = Math.Pow(0.5, l);
        m[0] = 0.9;
        for (var l = 1; l < levels; l++)
            m[l] *= 0.1 / rest;
        return m;
    }

    /// <param name="vectors">Distinct comparison vectors of the candidate pairs.</param>
    /// <param name="counts">How many candidate pairs have each vector.</param>
    /// <param name="u">Fixed u per comparison and level (each row sums to 1).</param>
    /// <param name="allPairs">n(n − 1) ÷ 2: the population λ is a share of.</param>
    public static EmFit Fit(
        ulong[] vectors, double[] counts, double[][] u, double allPairs, int maxIterations, double tolerance, CancellationToken cancellationToken)
    {
        var fields = u.Length;
        var m = new double[fields][];
        var mSum = new double[fields][];
        for (var f = 0; f < fields; f++)
        {
            m[f] = InitialM(u[f].Length);
            mSum[f] = new double[u[f].Length];
        }

        // A start of one match per two records is a guess that EM corrects within a few iterations either way.
        var lambda = Math.Clamp(1 / Math.Sqrt(2 * allPairs), 1e-12, 0.5);
        if (counts.Sum() == 0)
            return new EmFit(m, u, lambda, 0, false);

        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var sums in mSum)
                Array.Clear(sums);

            // E step: each distinct vector's probability of being a match, accumulated into expected level counts.
            var matches = 0.0;
            for (var v = 0; v < vectors.Length; v++)
            {
                var g = counts[v] * MatchProbability(vectors[v], m, u, lambda);
                matches += g;
                for (var f = 0; f < fields; f++)
                {
                    var level = ComparisonVectors.Level(vectors[v], f);
                    if (level != FieldComparison.Missing)
                        mSum[f][level] += g;
                }
            }

            // M step, and the largest relative change of λ or absolute change of any m for the stopping rule.
            var newLambda = Math.Clamp(matches / allPairs, 1e-12, 1 - 1e-12);
            var change = Math.Abs(newLambda - lambda) / lambda;
            lambda = newLambda;
            for (var f = 0; f < fields; f++)
                change = Math.Max(change, Update(m[f], mSum[f]));

            if (change < tolerance)
                return new EmFit(m, u, lambda, iteration, true);
        }

        return new EmFit(m, u, lambda, maxIterations, false);
    }

    /// <summary>Frequencies with <see cref="PseudoCount"/> added to each level, so that none is 0.</summary>
    public static double[] Smooth(double[] counts)
    {
        var total = counts.Sum() + PseudoCount * counts.Length;
        var result = new double[counts.Length];
        for (var l = 0; l < counts.Length; l++)
            result[l] = (counts[l] + PseudoCount) / total;
        return result;
    }

    private static double MatchProbability(ulong vector, double[][] m, double[][] u, double lambda)
    {
        // Odds in logs: a dozen small u values multiplied would underflow a double.
        var logOdds = Math.Log(lambda / (1 - lambda));
        for (var f = 0; f < m.Length; f++)
        {
            var level = ComparisonVectors.Level(vector, f);
            if (level != FieldComparison.Missing)
                logOdds += Math.Log(m[f][level] / u[f][level]);
        }

        return 1 / (1 + Math.Exp(-logOdds));
    }

    /// <summary>Smoothed frequencies of <paramref name="sums"/> into <paramref name="target"/>; returns the largest change.</summary>
    private static double Update(double[] target, double[] sums)
    {
        var smoothed = Smooth(sums);
        var change = 0.0;
        for (var l = 0; l < target.Length; l++)
        {
            change = Math.Max(change, Math.Abs(smoothed[l] - target[l]));
            target[l] = smoothed[l];
        }

        return change;
    }
}
