namespace Lodestar.Portal.Client.Features.Segments.Rules;

public sealed class TraitConditionDto : RuleNodeDto
{
    public string Trait { get; set; } = "";

    public ValueTestDto Test { get; set; } = new();
}
