namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>Who converted at, or dropped off before, a step (<c>POST /api/funnels/people</c>).</summary>
public sealed class FunnelPeopleRequestDto
{
    public FunnelQueryDto Query { get; set; } = new();

    /// <summary>1-based.</summary>
    public int Step { get; set; } = 1;

    public FunnelOutcome Outcome { get; set; } = FunnelOutcome.Converted;

    /// <summary>Only people in this breakdown group (its <see cref="FunnelBreakdownGroupDto.Value"/>).</summary>
    public string? BreakdownValue { get; set; }

    public int Offset { get; set; }

    public int Limit { get; set; } = 50;
}
