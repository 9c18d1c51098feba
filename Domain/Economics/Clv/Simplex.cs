namespace Lodestar.Domain.Economics.Clv;

/// <summary>One Nelder–Mead run: n + 1 points kept sorted by value, best first.</summary>
internal sealed class Simplex
{
    private readonly double[][] _points;
    private readonly double[] _values;
    private readonly int _n;

    public Simplex(double[] start, double startValue, double step, Func<double[], double> f)
    {
        _n = start.Length;
        _points = new double[_n + 1][];
        _values = new double[_n + 1];
        _points[0] = (double[])start.Clone();
        _values[0] = startValue;
        for (var i = 1; i <= _n; i++)
        {
            _points[i] = (double[])start.Clone();
            _points[i][i - 1] += step;
            _values[i] = f(_points[i]);
        }

        Sort();
    }

    public double[] BestPoint => (double[])_points[0].Clone();

    public double BestValue => _values[0];

    /// <returns>Whether the simplex converged before the evaluation budget ran out.</returns>
    public bool Run(Func<double[], double> f, double tolerance, int maxEvaluations, Func<int> evaluations)
    {
        while (evaluations() < maxEvaluations)
        {
            if (Converged(tolerance))
                return true;
            Step(f);
        }

        return Converged(tolerance);
    }

    private bool Converged(double tolerance)
    {
        if (_values[_n] - _values[0] > tolerance * (1 + Math.Abs(_values[0])))
            return false;
        for (var i = 1; i <= _n; i++)
        {
            for (var j = 0; j < _n; j++)
            {
                if (Math.Abs(_points[i][j] - _points[0][j]) > tolerance * 10 * (1 + Math.Abs(_points[0][j])))
                    return false;
            }
        }

        return true;
    }

    private void Step(Func<double[], double> f)
    {
        var centroid = new double[_n];
        for (var i = 0; i < _n; i++)
        {
            for (var j = 0; j < _n; j++)
                centroid[j] += _points[i][j] / _n;
        }

        var worst = _points[_n];
        var reflected = Along(centroid, worst, -1);
        var fr = f(reflected);
        if (fr < _values[0])
        {
            var expanded = Along(centroid, worst, -2);
            var fe = f(expanded);
            Replace(fe < fr ? expanded : reflected, Math.Min(fe, fr));
        }
        else if (fr < _values[_n - 1])
        {
            Replace(reflected, fr);
        }
        else
        {
            // Contract towards the better of the reflected and the worst point; if that fails too, shrink towards the best.
            var outside = fr < _values[_n];
            var contracted = outside ? Along(centroid, worst, -0.5) : Along(centroid, worst, 0.5);
            var fc = f(contracted);
            if (outside ? fc <= fr : fc < _values[_n])
                Replace(contracted, fc);
            else
                Shrink(f);
        }
    }

    /// <summary>centroid + factor · (point − centroid): −1 reflects, −2 expands, ±½ contracts.</summary>
    private double[] Along(double[] centroid, double[] point, double factor)
    {
        var result = new double[_n];
        for (var j = 0; j < _n; j++)
            result[j] = centroid[j] + factor * (point[j] - centroid[j]);
        return result;
    }

    private void Replace(double[] point, double value)
    {
        _points[_n] = point;
        _values[_n] = value;
        Sort();
    }

    private void Shrink(Func<double[], double> f)
    {
        for (var i = 1; i <= _n; i++)
        {
            for (var j = 0; j < _n; j++)
                _points[i][j] = _points[0][j] + 0.5 * (_points[i][j] - _points[0][j]);
            _values[i] = f(_points[i]);
        }

        Sort();
    }

    private void Sort()
    {
        // Insertion sort: n is tiny, and stable ordering keeps runs reproducible when values tie.
        for (var i = 1; i <= _n; i++)
        {
            var (point, value) = (_points[i], _values[i]);
            var k = i - 1;
            while (k >= 0 && _values[k] > value)
            {
                _points[k + 1] = _points[k];
                _values[k + 1] = _values[k];
                k--;
            }

            _points[k + 1] = point;
            _values[k + 1] = value;
        }
    }
}
