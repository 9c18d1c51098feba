namespace Lodestar.Portal.Client.Features.Segments.Rules;

/// <summary>Performed an event N times (at least / at most / exactly) in a window with filters; or did not perform it.</summary>
public sealed class EventConditionDto : RuleNodeDto
{
    public string Event { get; set; } = "";

    public bool Performed { get; set; } = true;

    public Frequency Frequency { get; set; } = Frequency.AtLeast;

    public int Count { get; set; } = 1;

    public EventWindowDto? Window { get; set; }

    public List<PropertyFilterDto>? Where { get; set; }
}
