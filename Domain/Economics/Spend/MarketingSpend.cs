namespace Lodestar.Domain.Economics.Spend;

/// <summary>What was spent on a channel (and campaign) on a day, in minor units of its own currency.</summary>
public class MarketingSpend
{
    public long Id { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>Compared with the acquisition channels without regard to case ("paid search" is Paid Search).</summary>
    public required string Channel { get; set; }

    public string? Campaign { get; set; }

    public long Cost { get; set; }

    public required string Currency { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
