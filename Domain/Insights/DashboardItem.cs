namespace Lodestar.Domain.Insights;

/// <summary>A saved insight's card on a dashboard; deleting the insight removes its card.</summary>
public class DashboardItem
{
    public long Id { get; set; }

    public long DashboardId { get; set; }

    public long InsightId { get; set; }

    public SavedInsight? Insight { get; set; }

    /// <summary>0 first.</summary>
    public int Position { get; set; }

    public DashboardItemSize Size { get; set; }
}
