namespace Lodestar.Domain.Economics.Cohorts;

/// <summary>
/// The customers acquired in <paramref name="CohortMonth"/> through <paramref name="Channel"/>, in their month
/// <paramref name="MonthIndex"/> (0 = the month of the first purchase): how many they are, how many bought in that
/// month, and their net revenue in it (minor units).
/// </summary>
public sealed record CohortCell(DateOnly CohortMonth, string Channel, int MonthIndex, int Customers, int ActiveCustomers, long Revenue);
