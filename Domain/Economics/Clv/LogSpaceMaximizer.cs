namespace Lodestar.Domain.Economics.Clv;

/// <summary>
/// Maximises a log-likelihood over positive parameters by running <see cref="NelderMead"/> on their logarithms, so
/// every step stays inside the parameter space and parameters of very different sizes (r ≈ 0.2, α ≈ 30 days) move
/// on one scale.
/// </summary>
internal static class LogSpaceMaximizer
{
    public static (double[] Parameters, double LogLikelihood, int Evaluations, bool Converged) Maximize(
        Func<double[], double> logLikelihood, IReadOnlyList<double> start, int maxEvaluations = 100_000, double maxParameter = double.MaxValue)
    {
        var logStart = start.Select(v => Math.Log(v)).ToArray();
        var parameters = new double[logStart.Length];
        var result = NelderMead.Minimize(theta =>
        {
            for (var i = 0; i < theta.Length; i++)
                parameters[i] = Math.Exp(theta[i]);
            // Outside the range where the parameters are usable numbers the likelihood is treated as impossible.
            return parameters.All(p => p > 0 && p <= maxParameter && double.IsFinite(p)) ? -logLikelihood(parameters) : double.PositiveInfinity;
        }, logStart, maxEvaluations: maxEvaluations);
        return (result.Point.Select(v => Math.Exp(v)).ToArray(), -result.Value, result.Evaluations, result.Converged);
    }
}
