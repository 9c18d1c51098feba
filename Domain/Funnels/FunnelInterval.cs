namespace Lodestar.Domain.Funnels;

public enum FunnelInterval
{
    Day,
    Week,
}
