namespace Lodestar.Domain.Funnels;

public enum FunnelBreakdownSource
{
    Event,
    Profile,
}
