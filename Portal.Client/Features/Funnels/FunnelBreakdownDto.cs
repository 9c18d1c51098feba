namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>
/// Splits the funnel by a value: an event property path (context.campaign.source) taken from the attempt's first step
/// (first touch), the furthest step reached (last touch) or one chosen step; or a profile trait (country).
/// </summary>
public sealed class FunnelBreakdownDto
{
    public FunnelBreakdownSource Source { get; set; } = FunnelBreakdownSource.Event;

    /// <summary>The event property path or the trait name.</summary>
    public string Property { get; set; } = "";

    public FunnelAttribution Attribution { get; set; } = FunnelAttribution.FirstTouch;

    /// <summary>1-based; for <see cref="FunnelAttribution.Step"/>.</summary>
    public int? Step { get; set; }

    /// <summary>The most common values shown on their own (by people entering); the rest are grouped as "Other".</summary>
    public int Limit { get; set; } = 10;
}
