namespace Lodestar.Portal.Client.Features.Insights;

/// <summary>The caller's dashboard: their saved insights in the order they arranged them, with the stored results.</summary>
public sealed record DashboardDto(IReadOnlyList<DashboardItemDto> Items);
