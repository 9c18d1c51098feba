namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>
/// A funnel question (<c>POST /api/funnels/query</c>): who, entering with step 1 between <see cref="From"/> and
/// <see cref="To"/> (UTC days, inclusive), went on through the later steps within the conversion window. The exact
/// semantics are in docs/funnels.md.
/// </summary>
public sealed class FunnelQueryDto
{
    /// <summary>2 to 20 steps.</summary>
    public List<FunnelStepDto> Steps { get; set; } = [];

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    /// <summary>From the step-1 event to the last step; 14 days unless set.</summary>
    public FunnelWindowDto ConversionWindow { get; set; } = new();

    public FunnelOrder Order { get; set; } = FunnelOrder.Ordered;

    public List<FunnelExclusionDto> Exclusions { get; set; } = [];

    /// <summary>Event property paths (properties.order_id) whose value must be the same on every step.</summary>
    public List<string> HoldConstant { get; set; } = [];

    public FunnelCounting CountBy { get; set; } = FunnelCounting.People;

    public FunnelBreakdownDto? Breakdown { get; set; }

    /// <summary>A numeric property of the last step's event to add up over conversions (properties.revenue).</summary>
    public FunnelValueDto? Value { get; set; }

    /// <summary>When set, the result carries the conversion rate per day or week of entry.</summary>
    public FunnelInterval? Trend { get; set; }
}
