using Lodestar.Domain.Economics.Cohorts;

namespace Lodestar.Domain.Tests.Economics.Cohorts;

public sealed class UnitEconomicsCalculatorTests
{
    private static readonly IReadOnlyList<CohortCell> Cells = CohortCalculatorTests.FixtureCells();

    [Fact]
    public void Compute_PaidSearchSpend150_Cac75Ltv62AndAHalfNoPaybackYet()
    {
        var paid = Cells.Where(c => c.Channel == "Paid Search").ToList();

        var economics = UnitEconomicsCalculator.Compute(paid, spend: 150_00);

        // 150 USD over 2 customers; they brought 100 − 30 + 55 = 125 USD: 62.50 each, 0.833 of what they cost, and
        // their cumulative 50, 35, 62.50, 62.50 per customer never reached 75.
        Assert.Equal((2, 75_00.0, 62_50.0, null), (economics.NewCustomers, economics.Cac, economics.Ltv, economics.PaybackMonths));
        Assert.Equal(62.5 / 75, economics.LtvToCac!.Value, 1e-12);
    }

    [Theory]
    [InlineData(100_00, 0)]
    [InlineData(200_00, 0)]
    [InlineData(250_00, 2)]
    [InlineData(600_00, null)]
    public void Compute_EmailSpend_PaybackInTheMonthCumulativeRevenueReachesCac(long spend, int? payback)
    {
        var email = Cells.Where(c => c.Channel == "Email").ToList();

        Assert.Equal(payback, UnitEconomicsCalculator.Compute(email, spend).PaybackMonths);
    }

    [Fact]
    public void Compute_BothChannelsSpend400_YoungerCohortLeavesMonthsItHasNotReached()
    {
        var economics = UnitEconomicsCalculator.Compute(Cells.ToList(), spend: 400_00);

        // CAC 133.33; cumulative per customer: k0 (100 + 200) / 3 = 100, k1 (70 + 200) / 3 = 90, k2 (125 + 500) / 3 = 208.33.
        Assert.Equal((3, 2), (economics.NewCustomers, economics.PaybackMonths));
        Assert.Equal(400_00 / 3.0, economics.Cac!.Value, 1e-9);
        Assert.Equal(625_00 / 3.0, economics.Ltv!.Value, 1e-9);
        Assert.Equal(625.0 / 400, economics.LtvToCac!.Value, 1e-12);
    }

    [Fact]
    public void Compute_NoSpend_CacZeroAndNoRatio()
    {
        var economics = UnitEconomicsCalculator.Compute(Cells.ToList(), spend: 0);

        Assert.Equal((0.0, null, 0), (economics.Cac, economics.LtvToCac, economics.PaybackMonths));
    }

    [Fact]
    public void Compute_NoCustomers_NothingPerCustomer()
    {
        var economics = UnitEconomicsCalculator.Compute([], spend: 10_00);

        Assert.Equal((10_00L, 0, null, null, null), (economics.Spend, economics.NewCustomers, economics.Cac, economics.Ltv, economics.PaybackMonths));
    }
}
