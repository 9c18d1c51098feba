namespace Lodestar.Portal.Client.Features.Insights;

/// <summary>The whole arrangement: the listed insights in this order; an insight left out stays saved but leaves the dashboard.</summary>
public sealed record DashboardInput(IReadOnlyList<DashboardItemInput>? Items);
