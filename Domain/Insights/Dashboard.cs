namespace Lodestar.Domain.Insights;

/// <summary>One person's arrangement of their saved insights (one dashboard each).</summary>
public class Dashboard
{
    public long Id { get; set; }

    public required string OwnerUserId { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<DashboardItem> Items { get; set; } = [];
}
