using Lodestar.Domain.Economics.Reports;

namespace Lodestar.Domain.Tests.Economics.Reports;

public sealed class AliveScatterCalculatorTests
{
    [Fact]
    public void Points_Customers_CountedByOrdersAndNearestStep()
    {
        var points = AliveScatterCalculator.Points([(1, 0.51), (1, 0.49), (1, 0.524), (3, 1.0), (3, 0.0), (3, 0.026)]);

        Assert.Equal([new AlivePoint(1, 0.5, 3), new AlivePoint(3, 0.0, 1), new AlivePoint(3, 0.05, 1), new AlivePoint(3, 1.0, 1)], points);
    }

    [Fact]
    public void Points_NoCustomers_NoPoints() => Assert.Empty(AliveScatterCalculator.Points([]));
}
