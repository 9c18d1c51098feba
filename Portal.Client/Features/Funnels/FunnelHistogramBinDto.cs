namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>Conversions that took at least <see cref="FromSeconds"/> and less than <see cref="ToSeconds"/>.</summary>
public sealed record FunnelHistogramBinDto(double FromSeconds, double ToSeconds, long Count);
