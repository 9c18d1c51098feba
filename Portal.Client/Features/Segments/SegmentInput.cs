using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Client.Features.Segments;

/// <summary>Create or edit a segment. <see cref="RefreshMinutes"/>: how often segment-refresh recomputes it (15 to 10,080).</summary>
public sealed class SegmentInput
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public RuleGroupDto Rule { get; set; } = new();

    public int RefreshMinutes { get; set; } = 60;
}
