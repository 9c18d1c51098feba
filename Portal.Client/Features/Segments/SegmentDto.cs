using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Client.Features.Segments;

/// <summary>
/// A saved segment. <see cref="Kind"/>: "dynamic" (a rule) or "static" (uploaded identifiers, <see cref="Rule"/> null).
/// <see cref="Status"/>: "new" (never computed), "computing", "live", "failed" (<see cref="StatusReason"/> says why).
/// </summary>
public sealed record SegmentDto(
    long Id,
    string Name,
    string? Description,
    string Kind,
    RuleGroupDto? Rule,
    int RefreshMinutes,
    int? Size,
    DateTime? LastComputedAt,
    string Status,
    string? StatusReason,
    int Version,
    DateTime UpdatedAt,
    string UpdatedBy,
    int StaticIdentifiers);
