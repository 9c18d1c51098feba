namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>A numeric event property of the last step (properties.revenue), summed and averaged over conversions.</summary>
public sealed class FunnelValueDto
{
    public string Property { get; set; } = "";
}
