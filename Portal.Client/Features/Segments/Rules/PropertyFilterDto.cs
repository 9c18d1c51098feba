namespace Lodestar.Portal.Client.Features.Segments.Rules;

/// <summary>A test on a message field by its path from the message root (properties.revenue, context.campaign.source).</summary>
public sealed class PropertyFilterDto
{
    public string Property { get; set; } = "";

    public ValueTestDto Test { get; set; } = new();
}
