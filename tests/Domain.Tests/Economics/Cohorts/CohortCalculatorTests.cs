using Lodestar.Domain.Economics.Cohorts;
using Lodestar.Domain.Economics.Ledger;
using Lodestar.Domain.Tests.Economics.Ledger;

namespace Lodestar.Domain.Tests.Economics.Cohorts;

/// <summary>The fixture's customers 1 and 2 came through Paid Search in January 2026, customer 3 through Email in February.</summary>
public sealed class CohortCalculatorTests
{
    internal static readonly Dictionary<long, string> Channels = new() { [1] = "Paid Search", [2] = "Paid Search", [3] = "Email" };

    internal static IReadOnlyList<CohortCell> FixtureCells()
    {
        var ledger = RevenueLedgerCalculator.Build(EconomicsFixture.Entries(), EconomicsFixture.Rates);
        return CohortCalculator.Cells(CustomerRevenueCalculator.Summarize(ledger.Lines), Channels, new DateOnly(2026, 4, 1));
    }

    [Fact]
    public void Summarize_FixtureLedger_CustomersWithTheirCohortOrdersAndNetRevenue()
    {
        var ledger = RevenueLedgerCalculator.Build(EconomicsFixture.Entries(), EconomicsFixture.Rates);

        var customers = CustomerRevenueCalculator.Summarize(ledger.Lines);

        Assert.Equal(
            [(1L, new DateOnly(2026, 1, 1), 2, 125_00L), (2L, new DateOnly(2026, 1, 1), 1, 0L), (3L, new DateOnly(2026, 2, 1), 2, 500_00L)],
            customers.Select(c => (c.ProfileId, c.CohortMonth, c.Orders, c.Revenue)));
    }

    [Fact]
    public void Cells_FixtureCustomers_EveryMonthOfEachCohortWithActiveAndRevenue()
    {
        var cells = FixtureCells();

        Assert.Equal(
        [
            ("2026-02", "Email", 0, 1, 1, 200_00L), ("2026-02", "Email", 1, 1, 0, 0L), ("2026-02", "Email", 2, 1, 1, 300_00L),
        ], cells.Where(c => c.Channel == "Email").Select(Row));
        Assert.Equal(
        [
            ("2026-01", "Paid Search", 0, 2, 2, 100_00L), ("2026-01", "Paid Search", 1, 2, 0, -30_00L),
            ("2026-01", "Paid Search", 2, 2, 1, 55_00L), ("2026-01", "Paid Search", 3, 2, 0, 0L),
        ], cells.Where(c => c.Channel == "Paid Search").Select(Row));
    }

    [Fact]
    public void Rows_FixtureCells_RetentionAndCumulativeRevenuePerCustomer()
    {
        var rows = CohortCalculator.Rows(FixtureCells());

        Assert.Equal(
        [
            ("2026-01", 0, 1.0, 50_00.0), ("2026-01", 1, 0.0, 35_00.0), ("2026-01", 2, 0.5, 62_50.0), ("2026-01", 3, 0.0, 62_50.0),
            ("2026-02", 0, 1.0, 200_00.0), ("2026-02", 1, 0.0, 200_00.0), ("2026-02", 2, 1.0, 500_00.0),
        ], rows.Select(r => (r.CohortMonth.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), r.MonthIndex, r.Retention, r.CumulativeRevenuePerCustomer)));
    }

    private static (string, string, int, int, int, long) Row(CohortCell c) =>
        (c.CohortMonth.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), c.Channel, c.MonthIndex, c.Customers, c.ActiveCustomers, c.Revenue);
}
