namespace Lodestar.Portal.Client.Features.Segments.Rules;

public sealed class MembershipConditionDto : RuleNodeDto
{
    public long SegmentId { get; set; }

    public bool Member { get; set; } = true;
}
