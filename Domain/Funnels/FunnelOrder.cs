namespace Lodestar.Domain.Funnels;

public enum FunnelOrder
{
    Ordered,
    Strict,
    Unordered,
}
