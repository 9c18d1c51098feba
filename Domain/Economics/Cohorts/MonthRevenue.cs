namespace Lodestar.Domain.Economics.Cohorts;

/// <summary>A customer's net revenue (minor units, refunds subtracted) and orders in one calendar month (UTC).</summary>
public readonly record struct MonthRevenue(DateOnly Month, long Revenue, int Orders);
