namespace Lodestar.Domain.Economics.Clv;

/// <summary>
/// The Gauss hypergeometric function ₂F₁(a, b; c; z) for 0 ≤ z &lt; 1, the range the BG/NBD expectations use
/// (z = t / (α + T + t)). Summed as its power series; when a + b &gt; c the series' terms first grow like
/// n^(a+b−c−1) (with the BG/NBD's r + x and b + x, a 25-purchase customer's terms rise for hundreds of steps and can
/// overflow), so Euler's transform ₂F₁(a,b;c;z) = (1−z)^(c−a−b) ₂F₁(c−a, c−b; c; z) is summed instead, whose terms
/// fall like n^(c−a−b−1). That is also what keeps z close to 1 cheap.
/// </summary>
public static class Hypergeometric2F1
{
    private const int MaxTerms = 5_000_000;
    private const double RelativeTolerance = 1e-16;

    public static double Evaluate(double a, double b, double c, double z)
    {
        var (logScale, series) = Sum(a, b, c, z);
        return logScale == 0 ? series : Math.Exp(logScale) * series;
    }

    /// <summary>ln ₂F₁(a, b; c; z), for parameters where the function is positive; stays finite where the value itself would overflow.</summary>
    /// <exception cref="ArithmeticException">The function is not positive at these arguments.</exception>
    public static double Log(double a, double b, double c, double z)
    {
        var (logScale, series) = Sum(a, b, c, z);
        return series > 0
            ? logScale + Math.Log(series)
            : throw new ArithmeticException($"2F1({a}, {b}; {c}; {z}) = {series} is not positive: no logarithm.");
    }

    private static (double LogScale, double Series) Sum(double a, double b, double c, double z)
    {
        if (!(z >= 0 && z < 1))
            throw new ArgumentOutOfRangeException(nameof(z), z, "2F1 is summed for 0 <= z < 1.");
        if (c <= 0 && c == Math.Floor(c))
            throw new ArgumentOutOfRangeException(nameof(c), c, "2F1 is undefined for c = 0, -1, -2, ...");
        if (double.IsNaN(a) || double.IsNaN(b) || double.IsNaN(c))
            throw new ArgumentException("2F1 parameters must be numbers.");
        return a + b > c ? ((c - a - b) * Math.Log(1 - z), Series(c - a, c - b, c, z)) : (0, Series(a, b, c, z));
    }

    private static double Series(double a, double b, double c, double z)
    {
        double term = 1, sum = 1;
        for (var n = 0; n < MaxTerms; n++)
        {
            var ratio = (a + n) * (b + n) / ((c + n) * (n + 1.0)) * z;
            term *= ratio;
            sum += term;
            if (term == 0)
                return sum;
            // Past the Pochhammer factors' sign changes the term ratio moves monotonically towards z, so once it is below 1
            // the rest of the series is bounded by a geometric tail with ratio max(|ratio|, z).
            var settled = n + 1 > -a && n + 1 > -b && n + 1 > -c && Math.Abs(ratio) < 1;
            if (settled && Math.Abs(term) <= RelativeTolerance * Math.Abs(sum) * (1 - Math.Max(Math.Abs(ratio), z)))
                return sum;
        }

        throw new ArithmeticException($"2F1({a}, {b}; {c}; {z}) did not converge in {MaxTerms} terms.");
    }
}
