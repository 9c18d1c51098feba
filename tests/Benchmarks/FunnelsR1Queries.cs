using Lodestar.Domain.Funnels;

namespace Lodestar.Benchmarks;

/// <summary>The funnel the issue names at R1: four ordered steps over the whole year, a 30-day window, split by channel.</summary>
internal static class FunnelsR1Queries
{
    public static readonly string[] Steps = ["Lumen Goods — Home", "Signed Up", "Product Added", "Order Completed"];

    public static readonly DateOnly From = new(2025, 11, 1);

    public static readonly DateOnly To = new(2026, 10, 31);

    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    public const string Channel = "context.campaign.source";

    public static FunnelQuery Plain() => new()
    {
        Steps = [.. Steps.Select(s => new FunnelStep(s, []))],
        From = From,
        To = To,
        Window = Window,
    };

    public static FunnelQuery ByChannel() => Plain() with { Breakdown = new FunnelBreakdown(FunnelBreakdownSource.Event, Channel) };
}
