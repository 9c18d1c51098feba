namespace Lodestar.Domain.Economics.Clv;

/// <summary>Maximum-likelihood BG/NBD parameters for a customer base (Nelder–Mead on the log-parameters).</summary>
public static class BgNbdFitter
{
    /// <summary>
    /// Largest value any parameter may take. Where purchase rates do not vary between customers, r and α grow together
    /// without end (r / α stays the rate); past about 1e8 the log-gamma differences of the likelihood are rounding noise,
    /// which the search then follows (to 1e23, measured). At 1e6 the gamma of rates is already a spike (spread 0.1 %).
    /// </summary>
    public const double MaxParameter = 1e6;

    /// <param name="maxEvaluations">
    /// Likelihood evaluations allowed. Well-posed data converge in under a thousand; where nobody seems to drop out the
    /// likelihood keeps rising as a and b grow together (a ridge to infinity), and a budget is what ends the search.
    /// </param>
    public static BgNbdFit Fit(IEnumerable<CustomerSummary> customers, int maxEvaluations = 100_000)
    {
        var likelihood = new BgNbdLikelihood(customers);
        if (likelihood.Customers == 0)
            throw new ArgumentException("The BG/NBD needs at least one customer.", nameof(customers));
        // α is a time scale (the mean inter-purchase time is about α / r), so it starts at the customers' mean age, in
        // whatever unit they are in; r, a and b are unit-free.
        var start = new[] { 1, Math.Max(likelihood.MeanAge, 1e-3), 1, 1 };
        var (p, logLikelihood, evaluations, converged) = LogSpaceMaximizer.Maximize(v => likelihood.Evaluate(v[0], v[1], v[2], v[3]), start, maxEvaluations, MaxParameter);
        return new BgNbdFit(new BgNbdParameters(p[0], p[1], p[2], p[3]), logLikelihood, likelihood.Customers, evaluations, converged);
    }
}
