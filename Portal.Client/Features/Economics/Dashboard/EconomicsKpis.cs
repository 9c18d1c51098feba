using System.Globalization;

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
            Payback(now.PaybackMonths, before.PaybackMonths),
            Of("active", "Active customers", EconomicsText.Count(d.Current.ActiveCustomers), d.Current.ActiveCustomers, d.Previous.ActiveCustomers, higherIsBetter: true,
                "Customers who bought in the period"),
            Of("revenue", "Revenue", EconomicsText.Money(d.Current.Revenue, currency), (double)d.Current.Revenue, (double)d.Previous.Revenue, higherIsBetter: true,
                "Net revenue booked in the period (refunds subtracted)"),
        ];
    }

    public const string NoComparison = "no figure to compare in the period before";

    private static Kpi Of(string key, string label, string value, double? now, double? before, bool higherIsBetter, string hint)
    {
        if (now is not { } current || before is not { } previous || previous == 0)
            return new Kpi(key, label, value, null, KpiTrend.NoComparison, NoComparison, hint);
        var change = (current - previous) / Math.Abs(previous);
        var trend = Math.Abs(change) < 0.0005 ? KpiTrend.Unchanged : (change > 0) == higherIsBetter ? KpiTrend.Better : KpiTrend.Worse;
        return new Kpi(key, label, value, change, trend, $"{(change >= 0 ? "▲" : "▼")} {Math.Abs(change).ToString("P1", CultureInfo.InvariantCulture)}", hint);
    }

    /// <summary>Payback in months moves by whole months, which a percentage (1 → 0 months: −100 %) would only obscure.</summary>
    private static Kpi Payback(int? now, int? before)
    {
        const string hint = "Months until revenue per customer covered the CAC";
        var value = EconomicsText.Months(now);
        if (now is not { } current || before is not { } previous)
            return new Kpi("payback", "Payback", value, null, KpiTrend.NoComparison, NoComparison, hint);
        var months = current - previous;
        var text = months == 0 ? "unchanged" : $"{Math.Abs(months)} {(Math.Abs(months) == 1 ? "month" : "months")} {(months < 0 ? "sooner" : "later")}";
        var change = previous == 0 ? (double?)null : (double)months / previous;
        return new Kpi("payback", "Payback", value, change, months == 0 ? KpiTrend.Unchanged : months < 0 ? KpiTrend.Better : KpiTrend.Worse, text, hint);
    }
}
