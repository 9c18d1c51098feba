namespace Lodestar.Domain.Economics.Results;

/// <summary>A stored <see cref="Cohorts.CohortCell"/>: the customers of a cohort and channel in their month k.</summary>
public class EconomicsCohortCell
{
    public DateOnly CohortMonth { get; set; }

    public required string Channel { get; set; }

    public int MonthIndex { get; set; }

    public int Customers { get; set; }

    public int ActiveCustomers { get; set; }

    public long Revenue { get; set; }
}
