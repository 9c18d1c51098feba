namespace Lodestar.Domain.Funnels;

public enum FunnelAttribution
{
    FirstTouch,
    LastTouch,
    Step,
}
