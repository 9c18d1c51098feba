namespace Lodestar.Portal.Client.Features.Economics.Dashboard;

/// <summary>One KPI card: the figure, its change against the previous period (null: nothing to compare) and what it means.</summary>
public sealed record Kpi(string Key, string Label, string Value, double? Change, KpiTrend Trend, string Hint);
