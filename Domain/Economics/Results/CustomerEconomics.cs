namespace Lodestar.Domain.Economics.Results;

/// <summary>
/// A customer (a resolved profile with a purchase) as the last economics run saw it: cohort, acquisition channel,
/// historical value to date and the predicted-CLV model's view of its future. Money in minor units of the workspace currency.
/// </summary>
public class CustomerEconomics
{
    public long ProfileId { get; set; }

    public DateTime FirstPurchaseAt { get; set; }

    public DateTime LastPurchaseAt { get; set; }

    /// <summary>First day of the month of the first purchase.</summary>
    public DateOnly CohortMonth { get; set; }

    public required string Channel { get; set; }

    public int Orders { get; set; }

    /// <summary>Net revenue to date (refunds subtracted): the historical LTV.</summary>
    public long Revenue { get; set; }

    /// <summary>Discounted value of the next 12 months' purchases (BG/NBD × Gamma-Gamma); null when the models could not be fitted.</summary>
    public long? PredictedClv { get; set; }

    public double? ProbabilityAlive { get; set; }

    public double? ExpectedPurchases52Weeks { get; set; }
}
