using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Paths;

/// <summary>
/// A paths question: for each person whose <see cref="Event"/> (passing <see cref="Filters"/>) happened between
/// <see cref="From"/> and <see cref="To"/> (UTC days, inclusive), the <see cref="Depth"/> events that came after (or
/// before) its first occurrence there. Semantics: docs/funnels.md, "Paths".
/// </summary>
public sealed record PathQuery
{
    public required string Event { get; init; }

    public IReadOnlyList<PropertyFilter> Filters { get; init; } = [];

    public PathDirection Direction { get; init; } = PathDirection.After;

    public int Depth { get; init; } = 3;

    /// <summary>Events kept per step; the rest of a step is one "Other" node.</summary>
    public int TopN { get; init; } = 5;

    public DateOnly From { get; init; }

    public DateOnly To { get; init; }

    /// <summary>Whether an event repeated straight after itself (Home, Home) counts as one step.</summary>
    public bool CollapseRepeats { get; init; } = true;

    public DateTime Start => From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public DateTime End => To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
