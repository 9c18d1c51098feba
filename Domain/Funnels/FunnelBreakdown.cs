namespace Lodestar.Domain.Funnels;

/// <param name="Property">An event property path, or a trait name for <see cref="FunnelBreakdownSource.Profile"/>.</param>
/// <param name="Step">1-based, for <see cref="FunnelAttribution.Step"/>.</param>
/// <param name="Limit">Values shown on their own; the rest are "Other".</param>
public sealed record FunnelBreakdown(FunnelBreakdownSource Source, string Property, FunnelAttribution Attribution = FunnelAttribution.FirstTouch,
    int? Step = null, int Limit = 10);
