namespace Lodestar.Domain.Funnels;

/// <summary>Conversions that took at least <see cref="FromSeconds"/> and less than <see cref="ToSeconds"/>.</summary>
public sealed record FunnelHistogramBin(double FromSeconds, double ToSeconds, long Count);
