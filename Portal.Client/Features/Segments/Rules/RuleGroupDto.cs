namespace Lodestar.Portal.Client.Features.Segments.Rules;

public sealed class RuleGroupDto : RuleNodeDto
{
    public GroupMatch Match { get; set; } = GroupMatch.All;

    public List<RuleNodeDto> Children { get; set; } = [];
}
