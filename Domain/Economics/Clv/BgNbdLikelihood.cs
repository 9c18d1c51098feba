using MathNet.Numerics;

namespace Lodestar.Domain.Economics.Clv;

/// <summary>
/// The BG/NBD log-likelihood of a whole customer base, fast enough for an optimiser over 100,000 customers: customers
/// with the same (x, t_x, T) are one weighted row, and the log-gamma terms, which depend only on x, are computed once
/// per distinct x per evaluation. Equal, term for term, to summing <see cref="BgNbdCalculator.LogLikelihood"/>.
/// </summary>
internal sealed class BgNbdLikelihood
{
    private readonly int[] _xIndex;
    private readonly double[] _x;
    private readonly double[] _tx;
    private readonly double[] _t;
    private readonly double[] _weight;
    private readonly int[] _distinctX;

    public BgNbdLikelihood(IEnumerable<CustomerSummary> customers)
    {
        var groups = customers.GroupBy(c => (c.Frequency, c.Recency, c.Age))
            .Select(g => (g.Key.Frequency, g.Key.Recency, g.Key.Age, Count: g.Count()))
            .OrderBy(g => g.Frequency).ThenBy(g => g.Recency).ThenBy(g => g.Age).ToArray();
        _distinctX = groups.Select(g => g.Frequency).Distinct().ToArray();
        var indexOf = _distinctX.Select((x, i) => (x, i)).ToDictionary(p => p.x, p => p.i);
        _xIndex = groups.Select(g => indexOf[g.Frequency]).ToArray();
        _x = groups.Select(g => (double)g.Frequency).ToArray();
        _tx = groups.Select(g => g.Recency).ToArray();
        _t = groups.Select(g => g.Age).ToArray();
        _weight = groups.Select(g => (double)g.Count).ToArray();
        Customers = groups.Sum(g => g.Count);
    }

    public int Customers { get; }

    public double MeanAge => _t.Zip(_weight, (t, w) => t * w).Sum() / Customers;

    public double Evaluate(double r, double alpha, double a, double b)
    {
        var lnGammaR = SpecialFunctions.GammaLn(r);
        var constant = r * Math.Log(alpha) + SpecialFunctions.GammaLn(a + b) - SpecialFunctions.GammaLn(b);
        var lnA = Math.Log(a);
        var byX = new double[_distinctX.Length];
        var lnBx1 = new double[_distinctX.Length];
        for (var i = 0; i < _distinctX.Length; i++)
        {
            var x = _distinctX[i];
            byX[i] = constant + SpecialFunctions.GammaLn(r + x) - lnGammaR + SpecialFunctions.GammaLn(b + x) - SpecialFunctions.GammaLn(a + b + x);
            lnBx1[i] = x > 0 ? Math.Log(b + x - 1) : 0;
        }

        var total = 0.0;
        for (var g = 0; g < _x.Length; g++)
        {
            var x = _x[g];
            var a3 = -(r + x) * Math.Log(alpha + _t[g]);
            var row = x > 0
                ? BgNbdCalculator.LogSumExp(a3, lnA - lnBx1[_xIndex[g]] - (r + x) * Math.Log(alpha + _tx[g]))
                : a3;
            total += _weight[g] * (byX[_xIndex[g]] + row);
        }

        return total;
    }
}
