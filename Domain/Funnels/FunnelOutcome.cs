namespace Lodestar.Domain.Funnels;

public enum FunnelOutcome
{
    Converted,
    DroppedOff,
}
