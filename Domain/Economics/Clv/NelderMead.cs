namespace Lodestar.Domain.Economics.Clv;

/// <summary>
/// Nelder–Mead downhill simplex minimisation with the standard coefficients (reflection 1, expansion 2, contraction ½,
/// shrink ½; Lagarias et al. 1998). Deterministic: the same objective and start give the same steps. A converged
/// simplex is restarted around its best point until a restart no longer improves on it, because a simplex can collapse
/// on a flat ridge (the BG/NBD's likelihood is one) short of the optimum.
/// </summary>
public static class NelderMead
{
    private const int MaxRestarts = 10;

    /// <param name="step">Size of the first simplex along each axis.</param>
    /// <param name="tolerance">Converged when the simplex's values differ by at most this (relative to 1 + |best|) and its points by at most this times 10 on every axis.</param>
    public static NelderMeadResult Minimize(Func<double[], double> objective, IReadOnlyList<double> start, double step = 0.5,
        double tolerance = 1e-12, int maxEvaluations = 100_000)
    {
        ArgumentNullException.ThrowIfNull(objective);
        if (start.Count == 0)
            throw new ArgumentException("Nelder-Mead needs at least one variable.", nameof(start));
        var evaluations = 0;
        double F(double[] point)
        {
            evaluations++;
            var value = objective(point);
            return double.IsNaN(value) ? double.PositiveInfinity : value;
        }

        var best = start.ToArray();
        var bestValue = F(best);
        var converged = false;
        for (var restart = 0; restart <= MaxRestarts && evaluations < maxEvaluations; restart++)
        {
            var simplex = new Simplex(best, bestValue, step, F);
            converged = simplex.Run(F, tolerance, maxEvaluations, () => evaluations);
            var improved = bestValue - simplex.BestValue > tolerance * (1 + Math.Abs(bestValue));
            (best, bestValue) = (simplex.BestPoint, Math.Min(bestValue, simplex.BestValue));
            if (restart > 0 && !improved)
                break;
        }

        return new NelderMeadResult(best, bestValue, evaluations, converged);
    }
}
