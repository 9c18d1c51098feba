namespace Lodestar.Portal.Client.Features.Economics.Dashboard;

/// <summary>
/// One KPI card: the figure, its change against the previous period (null: nothing to compare), that change as read
/// ("▲ 12.5 %", "1 month sooner") and what the figure means.
/// </summary>
public sealed record Kpi(string Key, string Label, string Value, double? Change, KpiTrend Trend, string ChangeText, string Hint);
