namespace Lodestar.Domain.Economics.Cohorts;

/// <summary>
/// A customer's history in the ledger: the first purchase (which sets the acquisition cohort, its month), the net
/// revenue to date (the historical LTV, minor units of the workspace currency) and the months it bought or was refunded in.
/// </summary>
public sealed record CustomerRevenue(long ProfileId, DateTime FirstPurchaseAt, DateTime LastPurchaseAt, int Orders, long Revenue,
    IReadOnlyList<MonthRevenue> Months)
{
    public DateOnly CohortMonth => MonthOf(FirstPurchaseAt);

    public static DateOnly MonthOf(DateTime at) => new(at.Year, at.Month, 1);

    /// <summary>Whole calendar months from <paramref name="from"/> to <paramref name="to"/> (both firsts of months).</summary>
    public static int MonthsBetween(DateOnly from, DateOnly to) => (to.Year - from.Year) * 12 + to.Month - from.Month;
}
