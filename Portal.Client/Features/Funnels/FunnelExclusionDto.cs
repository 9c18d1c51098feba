using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>
/// People who did this event after step <see cref="FromStep"/> and before step <see cref="ToStep"/> of their attempt
/// (1-based; before the window closed if they never reached it) are left out of the whole funnel.
/// </summary>
public sealed class FunnelExclusionDto
{
    public string Event { get; set; } = "";

    public List<PropertyFilterDto> Filters { get; set; } = [];

    public int FromStep { get; set; } = 1;

    public int ToStep { get; set; } = 2;
}
