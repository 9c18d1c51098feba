namespace Lodestar.Domain.Funnels;

public sealed record FunnelTrendPoint(DateOnly PeriodStart, long Entered, long Converted, double ConversionRate);
