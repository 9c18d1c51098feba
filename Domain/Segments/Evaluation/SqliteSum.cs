namespace Lodestar.Domain.Segments.Evaluation;

/// <summary>
/// SQLite's <c>SUM</c> and <c>AVG</c>: integers add exactly as 64-bit integers until a real (or an overflow) comes,
/// then everything adds as reals with Kahan-Babuska-Neumaier compensation, so 0.1 + 0.2 + 0.3 is 0.6 as in the
/// database. (An integer-only sum that overflows is an error in SQLite; here it goes on as reals.)
/// </summary>
internal sealed class SqliteSum
{
    private const long Exact = 4_503_599_627_370_496; // 2^52: larger integers are added in two parts.
    private double _sum;
    private double _error;
    private long _integer;
    private long _count;
    private bool _approximate;

    public long Count => _count;

    public void Add(JsonScalar value)
    {
        if (value.Integer is { } integer)
            AddInteger(integer);
        else if (value.Number is { } real)
            AddReal(real);
    }

    public double? Sum => _count == 0 ? null : _approximate ? Total() : _integer;

    public double? Average => _count == 0 ? null : (_approximate ? Total() : _integer) / _count;

    private void AddInteger(long value)
    {
        _count++;
        if (_approximate)
        {
            StepInteger(value);
            return;
        }

        var sum = unchecked(_integer + value);
        if (((_integer ^ sum) & (value ^ sum)) >= 0)
        {
            _integer = sum;
            return;
        }

        Start();
        StepInteger(value);
    }

    private void AddReal(double value)
    {
        _count++;
        if (!_approximate)
            Start();
        Step(value);
    }

    private void Start()
    {
        _approximate = true;
        if (_integer is <= -Exact or >= Exact)
        {
            var small = _integer % 16384;
            _sum = _integer - small;
            _error = small;
        }
        else
        {
            _sum = _integer;
            _error = 0;
        }
    }

    private void StepInteger(long value)
    {
        if (value is <= -Exact or >= Exact)
        {
            var small = value % 16384;
            Step(value - small);
            Step(small);
        }
        else
            Step(value);
    }

    private void Step(double value)
    {
        var total = _sum + value;
        _error += Math.Abs(_sum) > Math.Abs(value) ? _sum - total + value : value - total + _sum;
        _sum = total;
    }

    private double Total() => double.IsFinite(_error) ? _sum + _error : _sum;
}
