namespace Lodestar.Domain.Funnels;

public sealed record FunnelResult(IReadOnlyList<FunnelStepResult> Steps, IReadOnlyList<FunnelBreakdownGroup> Breakdown,
    IReadOnlyList<FunnelTrendPoint> Trend, FunnelValueResult? Value, DateTime ComputedAt, long EventsRead);
