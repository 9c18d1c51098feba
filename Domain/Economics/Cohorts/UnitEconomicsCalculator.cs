namespace Lodestar.Domain.Economics.Cohorts;

/// <summary>
/// CAC, LTV, LTV:CAC and payback of the customers in a set of cohort cells (e.g. one channel's cohorts of a quarter)
/// against the spend that acquired them.
/// </summary>
public static class UnitEconomicsCalculator
{
    public static AcquisitionEconomics Compute(IReadOnlyCollection<CohortCell> cells, long spend)
    {
        var groups = cells.GroupBy(c => (c.CohortMonth, c.Channel)).ToList();
        var customers = groups.Sum(g => g.First().Customers);
        var revenue = cells.Sum(c => c.Revenue);
        if (customers == 0)
            return new AcquisitionEconomics(spend, 0, revenue, null, null, null, null);
        var cac = (double)spend / customers;
        var ltv = (double)revenue / customers;
        return new AcquisitionEconomics(spend, customers, revenue, cac, ltv, spend > 0 ? ltv / cac : null, Payback(groups, cac));
    }

    /// <summary>
    /// The first month k at which the customers of the cohorts observed that long have brought in, per customer, at
    /// least the CAC: younger cohorts drop out of later months instead of pulling the average down.
    /// </summary>
    private static int? Payback(List<IGrouping<(DateOnly CohortMonth, string Channel), CohortCell>> groups, double cac)
    {
        var curves = groups.Select(g => (Customers: g.First().Customers, Revenue: g.OrderBy(c => c.MonthIndex).Select(c => c.Revenue).ToArray())).ToList();
        var longest = curves.Max(c => c.Revenue.Length);
        for (var k = 0; k < longest; k++)
        {
            long earned = 0;
            var people = 0;
            foreach (var (size, revenue) in curves.Where(c => c.Revenue.Length > k))
            {
                people += size;
                for (var j = 0; j <= k; j++)
                    earned += revenue[j];
            }

            if (people > 0 && earned >= cac * people)
                return k;
        }

        return null;
    }
}
