namespace Lodestar.Domain.Economics.Cohorts;

/// <summary>
/// One cohort in its month k: the share of its customers who bought in that month, and the net revenue per customer
/// from its first month through month k (minor units).
/// </summary>
public sealed record CohortRow(DateOnly CohortMonth, int MonthIndex, int Customers, int ActiveCustomers, double Retention,
    double CumulativeRevenuePerCustomer);
