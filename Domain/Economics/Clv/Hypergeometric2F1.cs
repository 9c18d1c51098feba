namespace Lodestar.Domain.Economics.Clv;

/// <summary>
/// The Gauss hypergeometric function ₂F₁(a, b; c; z) for 0 ≤ z &lt; 1, the range the BG/NBD expectations use
/// (z = t / (α + T + t)). Summed as its power series; when a + b &gt; c the series' terms first grow like
/// n^(a+b−c−1) (with the BG/NBD's r + x and b + x, a 25-purchase customer's terms rise for hundreds of steps and can
/// overflow), so Euler's transform ₂F₁(a,b;c;z) = (1−z)^(c−a−b) ₂F₁(c−a, c−b; c; z) is summed instead, whose terms
/// fall like n^(c−a−b−1). That is also what keeps z close to 1 cheap. Euler's terms change sign when c − a or c − b is
/// negative; when they cancel to noise (a fit whose r ran away to 1e23 gave a negative sum) the plain series is summed
/// instead: its terms are all positive for positive a, b, c, and it is rescaled as it goes so it cannot overflow.
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
        if (a + b > c)
        {
            var euler = Series(c - a, c - b, c, z);
            if (euler.Sum > 0 && euler.Largest <= CancellationLimit * euler.Sum)
                return ((c - a - b) * Math.Log(1 - z) + euler.LogScale, euler.Sum);
        }

        var plain = Series(a, b, c, z);
        return (plain.LogScale, plain.Sum);
    }

    /// <summary>Largest term over the sum past which the sum has lost more than half its digits to cancellation.</summary>
    private const double CancellationLimit = 1e8;

    /// <summary>Sums past this are divided by it (and its logarithm kept), so a series of positive terms never overflows.</summary>
    private const double Rescale = 1e280;

    private static (double LogScale, double Sum, double Largest) Series(double a, double b, double c, double z)
    {
        double term = 1, sum = 1, largest = 1, logScale = 0;
        for (var n = 0; n < MaxTerms; n++)
        {
            var ratio = (a + n) * (b + n) / ((c + n) * (n + 1.0)) * z;
            term *= ratio;
            sum += term;
            largest = Math.Max(largest, Math.Abs(term));
            if (term == 0)
                return (logScale, sum, largest);
            if (Math.Abs(sum) > Rescale)
                (term, sum, largest, logScale) = (term / Rescale, sum / Rescale, largest / Rescale, logScale + Math.Log(Rescale));
            // Past the Pochhammer factors' sign changes the term ratio moves monotonically towards z, so once it is below 1
            // the rest of the series is bounded by a geometric tail with ratio max(|ratio|, z).
            var settled = n + 1 > -a && n + 1 > -b && n + 1 > -c && Math.Abs(ratio) < 1;
            if (settled && Math.Abs(term) <= RelativeTolerance * Math.Abs(sum) * (1 - Math.Max(Math.Abs(ratio), z)))
                return (logScale, sum, largest);
        }

        throw new ArithmeticException($"2F1({a}, {b}; {c}; {z}) did not converge in {MaxTerms} terms.");
    }
}
