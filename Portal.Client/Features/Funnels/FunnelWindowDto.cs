namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>A length of time: 14 days, 30 minutes; a month is 30 days.</summary>
public sealed class FunnelWindowDto
{
    public int Value { get; set; } = 14;

    public FunnelWindowUnit Unit { get; set; } = FunnelWindowUnit.Day;
}
