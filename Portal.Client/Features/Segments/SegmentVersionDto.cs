using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Client.Features.Segments;

/// <summary>One saved version of a segment's definition: who changed what, when (<see cref="Change"/> in words).</summary>
public sealed record SegmentVersionDto(int Version, string Name, string? Description, RuleGroupDto? Rule, int RefreshMinutes,
    string ChangedBy, DateTime ChangedAt, string Change);
