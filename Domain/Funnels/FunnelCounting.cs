namespace Lodestar.Domain.Funnels;

public enum FunnelCounting
{
    People,
    Conversions,
}
