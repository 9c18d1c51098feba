namespace Lodestar.Domain.Identity.Matching;

/// <summary>
/// A fitted Fellegi–Sunter model: per field and level the match weight log2(m ÷ u), and the prior λ, the share of
/// all record pairs that are matches (not just of the blocked ones, so any pair can be scored). A pair's match
/// weight is the prior's log-odds plus its fields' weights; its probability is the posterior 2^w ÷ (1 + 2^w).
/// </summary>
public sealed class FellegiSunterModel
{
    private readonly double[][] _weights;

    internal FellegiSunterModel(IReadOnlyList<FieldComparison> comparisons, EmFit fit)
    {
        Comparisons = comparisons;
        Prior = fit.Prior;
        Iterations = fit.Iterations;
        Converged = fit.Converged;
        _weights = new double[comparisons.Count][];
        var fields = new FieldParameters[comparisons.Count];
        for (var c = 0; c < comparisons.Count; c++)
        {
            var levels = new LevelParameters[comparisons[c].Levels.Count];
            _weights[c] = new double[levels.Length];
            for (var l = 0; l < levels.Length; l++)
            {
                _weights[c][l] = Math.Log2(fit.M[c][l] / fit.U[c][l]);
                levels[l] = new LevelParameters(comparisons[c].Levels[l].Name, fit.M[c][l], fit.U[c][l], _weights[c][l]);
            }

            fields[c] = new FieldParameters(comparisons[c].Name, levels);
        }

        Fields = fields;
    }

    public IReadOnlyList<FieldComparison> Comparisons { get; }

    /// <summary>λ: the estimated probability that two records picked at random are the same person.</summary>
    public double Prior { get; }

    /// <summary>log2(λ ÷ (1 − λ)): the match weight of a pair before any field is compared.</summary>
    public double PriorWeight => Math.Log2(Prior / (1 - Prior));

    /// <summary>EM iterations run (0 when there were no candidate pairs to learn from).</summary>
    public int Iterations { get; }

    public bool Converged { get; }

    public IReadOnlyList<FieldParameters> Fields { get; }

    /// <summary>The weight of a level; a missing value weighs nothing.</summary>
    public double Weight(int comparison, int level) => level == FieldComparison.Missing ? 0 : _weights[comparison][level];

    public static double Probability(double matchWeight) => 1 / (1 + Math.Pow(2, -matchWeight));

    internal double MatchWeight(ulong vector)
    {
        var weight = PriorWeight;
        for (var c = 0; c < _weights.Length; c++)
            weight += Weight(c, ComparisonVectors.Level(vector, c));
        return weight;
    }
}
