namespace Lodestar.Portal.Client.Features.Insights;

public sealed record DashboardItemInput(long InsightId, DashboardItemSize Size = DashboardItemSize.Medium);
