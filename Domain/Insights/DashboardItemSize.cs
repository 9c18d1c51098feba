namespace Lodestar.Domain.Insights;

public enum DashboardItemSize
{
    Small,
    Medium,
    Large,
}
