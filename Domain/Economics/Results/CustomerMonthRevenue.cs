namespace Lodestar.Domain.Economics.Results;

/// <summary>A customer's net revenue and orders in a month: revenue and active customers of any period are read from these.</summary>
public class CustomerMonthRevenue
{
    public DateOnly Month { get; set; }

    public long ProfileId { get; set; }

    public long Revenue { get; set; }

    public int Orders { get; set; }
}
