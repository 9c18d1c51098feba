namespace Lodestar.Domain.Funnels;

/// <summary>
/// A funnel question: people entering with step 1 between <see cref="From"/> and <see cref="To"/> (UTC days,
/// inclusive) and how far they went within <see cref="Window"/>. Semantics: docs/funnels.md.
/// </summary>
public sealed record FunnelQuery
{
    public required IReadOnlyList<FunnelStep> Steps { get; init; }

    public DateOnly From { get; init; }

    public DateOnly To { get; init; }

    public TimeSpan Window { get; init; } = TimeSpan.FromDays(14);

    public FunnelOrder Order { get; init; } = FunnelOrder.Ordered;

    public IReadOnlyList<FunnelExclusion> Exclusions { get; init; } = [];

    /// <summary>Event property paths whose value must be the same on every step's event.</summary>
    public IReadOnlyList<string> HoldConstant { get; init; } = [];

    public FunnelCounting CountBy { get; init; } = FunnelCounting.People;

    public FunnelBreakdown? Breakdown { get; init; }

    /// <summary>A numeric property path of the last step's event, summed over conversions.</summary>
    public string? ValueProperty { get; init; }

    public FunnelInterval? Trend { get; init; }

    public DateTime EntryStart => From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public DateTime EntryEnd => To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
