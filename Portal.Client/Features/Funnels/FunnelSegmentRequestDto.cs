namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>Saves the people of a step (converted or dropped off) as a static segment (<c>POST /api/funnels/people/segment</c>).</summary>
public sealed class FunnelSegmentRequestDto
{
    public FunnelPeopleRequestDto People { get; set; } = new();

    public string Name { get; set; } = "";

    public string? Description { get; set; }
}
