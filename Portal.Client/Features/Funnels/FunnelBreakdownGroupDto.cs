namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>The funnel of the people (or attempts) whose breakdown value is <see cref="Value"/>.</summary>
public sealed class FunnelBreakdownGroupDto
{
    /// <summary>The value as text; "Other" groups the values past the limit, "(none)" those without a value.</summary>
    public string Value { get; set; } = "";

    public bool IsOther { get; set; }

    public bool IsNone { get; set; }

    public List<FunnelStepResultDto> Steps { get; set; } = [];
}
