using Lodestar.Domain.Segments;
using Lodestar.Domain.Segments.Rules;
using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Features.Segments;

/// <summary>Domain segments ↔ the client's DTOs. Rules cross as their JSON, which both sides define alike.</summary>
internal static class SegmentMapping
{
    public static SegmentDto ToDto(Segment s, int staticIdentifiers = 0) => new(
        s.Id, s.Name, s.Description, Lower(s.Kind), Rule(s.Definition), s.RefreshMinutes, s.Size, s.LastComputedAt,
        Lower(s.Status), s.StatusReason, s.Version, s.UpdatedAt, s.UpdatedBy, staticIdentifiers);

    public static SegmentListItemDto ToDto(SegmentListItem item) => new(
        item.Segment.Id, item.Segment.Name, item.Segment.Description, Lower(item.Segment.Kind), item.Segment.Size, item.Segment.LastComputedAt,
        Lower(item.Segment.Status), item.Segment.StatusReason, item.Trend, item.Segment.RefreshMinutes, item.Segment.UpdatedAt);

    public static SegmentVersionDto ToDto(SegmentVersion v) =>
        new(v.Version, v.Name, v.Description, Rule(v.Definition), v.RefreshMinutes, v.ChangedBy, v.ChangedAt, v.Change);

    public static SegmentRefreshDto ToDto(SegmentRefresh r) =>
        new(r.Id, r.StartedAt, r.FinishedAt, r.Size, r.Entered, r.Exited, Lower(r.Status), r.Error);

    public static SegmentMemberDto ToDto(SegmentProfile p) => new(p.ProfileId, p.DisplayName, p.EnteredAt);

    public static RuleGroup ToDomain(RuleGroupDto? rule) => SegmentRuleJson.Parse(RuleJson.Serialize(rule ?? new RuleGroupDto()));

    public static SegmentDraft ToDraft(SegmentInput input) => new(input.Name, input.Description, ToDomain(input.Rule), input.RefreshMinutes);

    private static RuleGroupDto? Rule(string? definition) => definition is null ? null : RuleJson.Parse(definition);

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
