namespace Lodestar.Portal.Client.Features.Insights;

public sealed record DashboardItemDto(InsightDto Insight, DashboardItemSize Size);
