namespace Lodestar.Portal.Client.Features.Economics.Dashboard;

/// <summary>Whether a KPI moved the way the business wants against the previous period.</summary>
public enum KpiTrend
{
    NoComparison = 0,
    Unchanged = 1,
    Better = 2,
    Worse = 3,
}
