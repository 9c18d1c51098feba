using MathNet.Numerics;

namespace Lodestar.Domain.Economics.Clv;

/// <summary>
/// Maximum-likelihood Gamma-Gamma parameters over the customers with repeat purchases of positive mean value (the
/// model says nothing about the others).
/// </summary>
public static class GammaGammaFitter
{
    /// <param name="minorUnitsPerUnit">
    /// Summaries hold minor units; the fit divides by this first, so 100 fits dollars from cents and γ comes out in dollars.
    /// </param>
    public static GammaGammaFit Fit(IEnumerable<CustomerSummary> customers, double minorUnitsPerUnit = 1)
    {
        var rows = customers.Where(c => c.Frequency > 0 && c.MonetaryValue > 0)
            .Select(c => (X: c.Frequency, M: c.MonetaryValue / minorUnitsPerUnit)).OrderBy(r => r.X).ToArray();
        if (rows.Length == 0)
            throw new ArgumentException("The Gamma-Gamma model needs customers with repeat purchases of positive value.", nameof(customers));
        var distinctX = rows.Select(r => r.X).Distinct().ToArray();
        var xIndex = rows.Select(r => Array.BinarySearch(distinctX, r.X)).ToArray();
        var x = rows.Select(r => (double)r.X).ToArray();
        var xm = rows.Select(r => r.X * r.M).ToArray();
        var lnM = rows.Select(r => Math.Log(r.M)).ToArray();
        var lnX = rows.Select(r => Math.Log(r.X)).ToArray();
        var byX = new double[distinctX.Length];

        // Term for term GammaGammaCalculator.LogLikelihood, with the log-gamma terms computed once per distinct x.
        double LogLikelihood(double[] v)
        {
            var (p, q, gamma) = (v[0], v[1], v[2]);
            var constant = q * Math.Log(gamma) - SpecialFunctions.GammaLn(q);
            for (var i = 0; i < distinctX.Length; i++)
                byX[i] = constant + SpecialFunctions.GammaLn(p * distinctX[i] + q) - SpecialFunctions.GammaLn(p * distinctX[i]);
            var total = 0.0;
            for (var i = 0; i < x.Length; i++)
            {
                var px = p * x[i];
                total += byX[xIndex[i]] + (px - 1) * lnM[i] + px * lnX[i] - (px + q) * Math.Log(gamma + xm[i]);
            }

            return total;
        }

        // γ is a money scale (the population mean is γp / (q − 1)), so it starts at the mean spend; p and q are unit-free.
        var start = new[] { 1, 2, rows.Average(r => r.M) };
        var (fitted, logLikelihood, evaluations, converged) = LogSpaceMaximizer.Maximize(LogLikelihood, start);
        return new GammaGammaFit(new GammaGammaParameters(fitted[0], fitted[1], fitted[2]), logLikelihood, rows.Length, evaluations, converged);
    }
}
