using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Client.Features.Paths;

/// <summary>
/// A paths question (<c>POST /api/paths/query</c>): for each person whose <see cref="Event"/> happened between
/// <see cref="From"/> and <see cref="To"/> (UTC days, inclusive), the <see cref="Depth"/> events after (or before) its
/// first occurrence there. Semantics in docs/funnels.md, "Paths".
/// </summary>
public sealed class PathQueryDto
{
    public string Event { get; set; } = "";

    /// <summary>All must hold on the chosen event; the same filters as funnel steps.</summary>
    public List<PropertyFilterDto> Filters { get; set; } = [];

    public PathDirection Direction { get; set; } = PathDirection.After;

    /// <summary>1 to 5 steps.</summary>
    public int Depth { get; set; } = 3;

    /// <summary>Events kept per step (1 to 20); the rest are grouped as "Other".</summary>
    public int TopN { get; set; } = 5;

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    /// <summary>An event repeated straight after itself (Home, Home) is one step.</summary>
    public bool CollapseRepeats { get; set; } = true;
}
