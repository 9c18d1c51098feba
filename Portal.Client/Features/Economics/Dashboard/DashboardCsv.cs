using System.Globalization;
using System.Text;

namespace Lodestar.Portal.Client.Features.Economics.Dashboard;

/// <summary>
/// The dashboard's figures as one long CSV (section, item, measure, value): every chart's numbers in a shape a
/// spreadsheet pivots, money in the workspace currency's units, rates as fractions.
/// </summary>
public static class DashboardCsv
{
    public static string Of(EconomicsDashboardDto d)
    {
        var csv = new StringBuilder("section,item,measure,value\n");
        void Row(string section, string item, string measure, object? value) =>
            csv.Append(Field(section)).Append(',').Append(Field(item)).Append(',').Append(Field(measure)).Append(',')
                .Append(Field(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")).Append('\n');

        Row("period", d.From + ".." + d.To, "channel", d.Channel ?? "all");
        Row("period", d.From + ".." + d.To, "currency", d.Currency);
        Row("period", d.From + ".." + d.To, "computed_at", d.ComputedAt?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        foreach (var (name, period) in new[] { ("current", d.Current), ("previous", d.Previous) })
        {
            var item = period.From + ".." + period.To;
            Row($"kpi_{name}", item, "revenue", period.Revenue);
            Row($"kpi_{name}", item, "active_customers", period.ActiveCustomers);
            Acquisition($"kpi_{name}", item, period.Acquisition, Row);
        }

        foreach (var row in d.ByChannel)
            Acquisition("by_channel", row.Key, row.Economics, Row);
        foreach (var row in d.ByMonth)
            Acquisition("by_month", row.Key, row.Economics, Row);
        foreach (var r in d.Retention)
        {
            var item = $"{r.Cohort} M{r.MonthIndex}";
            Row("retention", item, "customers", r.Customers);
            Row("retention", item, "active_customers", r.ActiveCustomers);
            Row("retention", item, "retention", r.Retention);
            Row("retention", item, "cumulative_revenue_per_customer", r.CumulativeRevenuePerCustomer);
        }

        foreach (var bin in d.ClvBins)
            Row("clv_histogram", bin.To is { } to ? $"{bin.From}..{to}" : $"{bin.From}..", "customers", bin.Customers);
        foreach (var point in d.Alive)
            Row("p_alive_by_orders", $"{point.Orders} orders, p_alive {point.ProbabilityAlive.ToString("0.00", CultureInfo.InvariantCulture)}", "customers", point.Customers);
        return csv.ToString();
    }

    private static void Acquisition(string section, string item, AcquisitionDto a, Action<string, string, string, object?> row)
    {
        row(section, item, "spend", a.Spend);
        row(section, item, "new_customers", a.NewCustomers);
        row(section, item, "cac", a.Cac);
        row(section, item, "ltv", a.Ltv);
        row(section, item, "ltv_to_cac", a.LtvToCac);
        row(section, item, "payback_months", a.PaybackMonths);
    }

    /// <summary>Quoted when needed (RFC 4180); a leading =, +, - or @ is neutralised so a spreadsheet does not run a channel name as a formula.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
