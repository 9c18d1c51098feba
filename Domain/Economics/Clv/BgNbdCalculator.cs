using MathNet.Numerics;

namespace Lodestar.Domain.Economics.Clv;

/// <summary>
/// The BG/NBD's quantities for one customer (x repeat purchases, the last at t_x, observed for T time units since the
/// first purchase) and for a new customer. Formulas from Fader, Hardie &amp; Lee (2005), eqs. 6, 7, 9, 10 and 13.
/// </summary>
public static class BgNbdCalculator
{
    /// <summary>ln L(r, α, a, b | x, t_x, T), the likelihood of a customer's calibration history.</summary>
    public static double LogLikelihood(BgNbdParameters m, double x, double tx, double T)
    {
        var a1 = SpecialFunctions.GammaLn(m.R + x) - SpecialFunctions.GammaLn(m.R) + m.R * Math.Log(m.Alpha);
        var a2 = SpecialFunctions.GammaLn(m.A + m.B) + SpecialFunctions.GammaLn(m.B + x)
                 - SpecialFunctions.GammaLn(m.B) - SpecialFunctions.GammaLn(m.A + m.B + x);
        var a3 = -(m.R + x) * Math.Log(m.Alpha + T);
        if (x <= 0)
            return a1 + a2 + a3;
        var a4 = Math.Log(m.A) - Math.Log(m.B + x - 1) - (m.R + x) * Math.Log(m.Alpha + tx);
        return a1 + a2 + LogSumExp(a3, a4);
    }

    /// <summary>E[X(t)]: purchases a new customer is expected to make in t time units after the first.</summary>
    public static double ExpectedPurchases(BgNbdParameters m, double t)
    {
        if (t <= 0)
            return 0;
        var z = t / (m.Alpha + t);
        var logTail = m.R * Math.Log(m.Alpha / (m.Alpha + t)) + Hypergeometric2F1.Log(m.R, m.B, m.A + m.B - 1, z);
        return (m.A + m.B - 1) / (m.A - 1) * -double.ExpM1(logTail);
    }

    /// <summary>E[Y(t) | x, t_x, T]: purchases expected in the next t time units from a customer with this history.</summary>
    public static double ConditionalExpectedPurchases(BgNbdParameters m, double t, double x, double tx, double T)
    {
        if (t <= 0)
            return 0;
        var z = t / (m.Alpha + T + t);
        var logTail = (m.R + x) * Math.Log((m.Alpha + T) / (m.Alpha + T + t))
                      + Hypergeometric2F1.Log(m.R + x, m.B + x, m.A + m.B + x - 1, z);
        var whileAlive = (m.A + m.B + x - 1) / (m.A - 1) * -double.ExpM1(logTail);
        return whileAlive * ProbabilityAlive(m, x, tx, T);
    }

    /// <summary>P(alive | x, t_x, T): a customer who never bought again cannot have dropped out (drop-out follows a purchase).</summary>
    public static double ProbabilityAlive(BgNbdParameters m, double x, double tx, double T)
    {
        if (x <= 0)
            return 1;
        var logOdds = Math.Log(m.A) - Math.Log(m.B + x - 1) + (m.R + x) * Math.Log((m.Alpha + T) / (m.Alpha + tx));
        return 1 / (1 + Math.Exp(logOdds));
    }

    /// <summary>P(X(t) = n): the chance a new customer makes exactly n repeat purchases in t time units (eq. 8).</summary>
    public static double PurchaseCountProbability(BgNbdParameters m, double t, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var logBetaAB = LogBeta(m.A, m.B);
        var logShare = m.R * Math.Log(m.Alpha / (m.Alpha + t));
        var logRatio = Math.Log(t / (m.Alpha + t));
        var alive = Math.Exp(LogBeta(m.A, m.B + n) - logBetaAB + LogNegativeBinomialTerm(m.R, n) + logShare + n * logRatio);
        if (n == 0)
            return alive;
        // The customer dropped out after the n-th purchase, having reached n purchases in the alive process: P(NB ≥ n).
        return alive + Math.Exp(LogBeta(m.A + 1, m.B + n - 1) - logBetaAB) * NegativeBinomialAtLeast(m.R, logShare, logRatio, n);
    }

    private static double NegativeBinomialAtLeast(double r, double logShare, double logRatio, int n)
    {
        var below = 0.0;
        for (var j = 0; j < n; j++)
            below += Math.Exp(LogNegativeBinomialTerm(r, j) + logShare + j * logRatio);
        if (below < 0.5)
            return 1 - below;
        // 1 − (nearly 1) cancels to noise (even below zero): sum the upper tail itself, whose terms fall geometrically.
        var tail = 0.0;
        for (var j = n; ; j++)
        {
            var term = Math.Exp(LogNegativeBinomialTerm(r, j) + logShare + j * logRatio);
            tail += term;
            if (term <= 1e-17 * tail || term == 0)
                return tail;
        }
    }

    private static double LogNegativeBinomialTerm(double r, int j) =>
        SpecialFunctions.GammaLn(r + j) - SpecialFunctions.GammaLn(r) - SpecialFunctions.FactorialLn(j);

    private static double LogBeta(double a, double b) =>
        SpecialFunctions.GammaLn(a) + SpecialFunctions.GammaLn(b) - SpecialFunctions.GammaLn(a + b);

    internal static double LogSumExp(double u, double v)
    {
        var max = Math.Max(u, v);
        return max + Math.Log(Math.Exp(u - max) + Math.Exp(v - max));
    }
}
