namespace Lodestar.Domain.Economics.Cohorts;

/// <summary>
/// Acquisition cohorts (month of first purchase) by channel, month by month up to the last month observed, including
/// months in which nobody bought (so retention curves and heatmaps have their zeros).
/// </summary>
public static class CohortCalculator
{
    /// <param name="channelOf">Each customer's acquisition channel.</param>
    /// <param name="lastMonth">The last month observed (first day): usually the month the numbers are computed in.</param>
    public static IReadOnlyList<CohortCell> Cells(IEnumerable<CustomerRevenue> customers, IReadOnlyDictionary<long, string> channelOf, DateOnly lastMonth)
    {
        var cells = new List<CohortCell>();
        foreach (var group in customers.GroupBy(c => (c.CohortMonth, Channel: channelOf[c.ProfileId])).OrderBy(g => g.Key.CohortMonth).ThenBy(g => g.Key.Channel, StringComparer.Ordinal))
        {
            var size = group.Count();
            var months = Math.Max(CustomerRevenue.MonthsBetween(group.Key.CohortMonth, lastMonth), 0);
            var active = new int[months + 1];
            var revenue = new long[months + 1];
            foreach (var month in group.SelectMany(c => c.Months))
            {
                var k = CustomerRevenue.MonthsBetween(group.Key.CohortMonth, month.Month);
                if (k < 0 || k > months)
                    continue;
                revenue[k] += month.Revenue;
                if (month.Orders > 0)
                    active[k]++;
            }

            for (var k = 0; k <= months; k++)
                cells.Add(new CohortCell(group.Key.CohortMonth, group.Key.Channel, k, size, active[k], revenue[k]));
        }

        return cells;
    }

    /// <summary>Cohorts over all channels: retention (share active in month k) and cumulative revenue per customer.</summary>
    public static IReadOnlyList<CohortRow> Rows(IEnumerable<CohortCell> cells)
    {
        var rows = new List<CohortRow>();
        foreach (var cohort in cells.GroupBy(c => c.CohortMonth).OrderBy(g => g.Key))
        {
            var size = cohort.Where(c => c.MonthIndex == 0).Sum(c => c.Customers);
            long cumulative = 0;
            foreach (var month in cohort.GroupBy(c => c.MonthIndex).OrderBy(g => g.Key))
            {
                var active = month.Sum(c => c.ActiveCustomers);
                cumulative += month.Sum(c => c.Revenue);
                rows.Add(new CohortRow(cohort.Key, month.Key, size, active, size == 0 ? 0 : (double)active / size,
                    size == 0 ? 0 : (double)cumulative / size));
            }
        }

        return rows;
    }
}
