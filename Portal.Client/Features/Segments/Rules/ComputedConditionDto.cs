namespace Lodestar.Portal.Client.Features.Segments.Rules;

/// <summary>An aggregation of an event property (sum, average, …, most frequent) compared with a value.</summary>
public sealed class ComputedConditionDto : RuleNodeDto
{
    public string Event { get; set; } = "";

    public Aggregation Aggregation { get; set; } = Aggregation.Sum;

    public string? Property { get; set; }

    public ValueTestDto Test { get; set; } = new() { Type = RuleValueType.Number, Operator = RuleOperator.GreaterThan };

    public EventWindowDto? Window { get; set; }

    public List<PropertyFilterDto>? Where { get; set; }
}
