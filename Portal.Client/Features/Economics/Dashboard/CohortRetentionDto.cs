namespace Lodestar.Portal.Client.Features.Economics.Dashboard;

/// <summary>A cohort (YYYY-MM of first purchase) in its month k: share of its customers buying then, and net revenue per customer through month k.</summary>
public sealed record CohortRetentionDto(string Cohort, int MonthIndex, int Customers, int ActiveCustomers, double Retention, decimal CumulativeRevenuePerCustomer);
