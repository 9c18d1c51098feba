using MathNet.Numerics;

namespace Lodestar.Domain.Economics.Clv;

/// <summary>
/// The Gamma-Gamma model's quantities for a customer with x repeat purchases of mean value m_x (Fader &amp; Hardie 2013,
/// eqs. 2 and 4). Only repeat purchases enter m_x: the first purchase is what made someone a customer at all.
/// </summary>
public static class GammaGammaCalculator
{
    /// <summary>ln f(m_x | p, q, γ, x): the density of a customer's mean repeat purchase value; needs x &gt; 0 and m_x &gt; 0.</summary>
    public static double LogLikelihood(GammaGammaParameters m, double x, double meanValue)
    {
        if (!(x > 0 && meanValue > 0))
            throw new ArgumentOutOfRangeException(nameof(x), "The spend likelihood needs repeat purchases (x > 0) of positive mean value.");
        var px = m.P * x;
        return SpecialFunctions.GammaLn(px + m.Q) - SpecialFunctions.GammaLn(px) - SpecialFunctions.GammaLn(m.Q)
               + m.Q * Math.Log(m.Gamma) + (px - 1) * Math.Log(meanValue) + px * Math.Log(x)
               - (px + m.Q) * Math.Log(m.Gamma + x * meanValue);
    }

    /// <summary>
    /// E[M | p, q, γ, m_x, x]: the expected value of this customer's future purchases, a weighted mean of the population
    /// mean and the customer's own m_x (more repeat purchases, more weight on m_x). With x = 0 it is the population mean.
    /// </summary>
    public static double ConditionalExpectedSpend(GammaGammaParameters m, double x, double meanValue)
    {
        var denominator = m.P * x + m.Q - 1;
        return denominator > 0
            ? m.P * (m.Gamma + x * meanValue) / denominator
            : throw new ArgumentOutOfRangeException(nameof(m), "The expected spend is infinite when p·x + q <= 1.");
    }

    /// <summary>E[M] = γp / (q − 1), the mean purchase value across customers; infinite (refused) for q &lt;= 1.</summary>
    public static double PopulationMeanSpend(GammaGammaParameters m) => ConditionalExpectedSpend(m, 0, 0);
}
