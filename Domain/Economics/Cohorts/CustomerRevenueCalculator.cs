using Lodestar.Domain.Economics.Ledger;

namespace Lodestar.Domain.Economics.Cohorts;

/// <summary>
/// Groups ledger lines by customer. A customer is a profile with at least one purchase; refunds of a profile that
/// never bought (an order from before tracking) are not a customer.
/// </summary>
public static class CustomerRevenueCalculator
{
    /// <returns>One per customer, ordered by profile id.</returns>
    public static IReadOnlyList<CustomerRevenue> Summarize(IEnumerable<LedgerLine> lines)
    {
        var customers = new List<CustomerRevenue>();
        foreach (var profile in lines.GroupBy(l => l.ProfileId).OrderBy(g => g.Key))
        {
            var purchases = profile.Where(l => l.IsPurchase).ToList();
            if (purchases.Count == 0)
                continue;
            var months = profile.GroupBy(l => CustomerRevenue.MonthOf(l.At)).OrderBy(g => g.Key)
                .Select(g => new MonthRevenue(g.Key, g.Sum(l => l.Amount), g.Count(l => l.IsPurchase))).ToList();
            customers.Add(new CustomerRevenue(profile.Key, purchases.Min(l => l.At), purchases.Max(l => l.At), purchases.Count,
                profile.Sum(l => l.Amount), months));
        }

        return customers;
    }
}
