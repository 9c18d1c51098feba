namespace Lodestar.Portal.Client.Features.Economics.Dashboard;

/// <summary>The six KPI cards of a dashboard: LTV, CAC, LTV:CAC, payback, active customers and revenue, each against the period before.</summary>
public static class EconomicsKpis
{
    public static IReadOnlyList<Kpi> Of(EconomicsDashboardDto d)
    {
        var (now, before, currency) = (d.Current.Acquisition, d.Previous.Acquisition, d.Currency);
        return
        [
            Of("ltv", "LTV", EconomicsText.Money(now.Ltv, currency), (double?)now.Ltv, (double?)before.Ltv, higherIsBetter: true,
                "Net revenue to date per customer acquired in the period"),
            Of("cac", "CAC", EconomicsText.Money(now.Cac, currency), (double?)now.Cac, (double?)before.Cac, higherIsBetter: false,
                "Marketing spend ÷ new customers"),
            Of("ltv-cac", "LTV:CAC", EconomicsText.Ratio(now.LtvToCac), now.LtvToCac, before.LtvToCac, higherIsBetter: true,
                "3× or more is the usual goal"),
            Of("payback", "Payback", EconomicsText.Months(now.PaybackMonths), now.PaybackMonths, before.PaybackMonths, higherIsBetter: false,
                "Months until revenue per customer covered the CAC"),
            Of("active", "Active customers", EconomicsText.Count(d.Current.ActiveCustomers), d.Current.ActiveCustomers, d.Previous.ActiveCustomers, higherIsBetter: true,
                "Customers who bought in the period"),
            Of("revenue", "Revenue", EconomicsText.Money(d.Current.Revenue, currency), (double)d.Current.Revenue, (double)d.Previous.Revenue, higherIsBetter: true,
                "Net revenue booked in the period (refunds subtracted)"),
        ];
    }

    private static Kpi Of(string key, string label, string value, double? now, double? before, bool higherIsBetter, string hint)
    {
        if (now is not { } current || before is not { } previous || previous == 0)
            return new Kpi(key, label, value, null, KpiTrend.NoComparison, hint);
        var change = (current - previous) / Math.Abs(previous);
        var trend = Math.Abs(change) < 0.0005 ? KpiTrend.Unchanged : (change > 0) == higherIsBetter ? KpiTrend.Better : KpiTrend.Worse;
        return new Kpi(key, label, value, change, trend, hint);
    }
}
