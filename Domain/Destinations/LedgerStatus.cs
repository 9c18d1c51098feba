namespace Lodestar.Domain.Destinations;

public enum LedgerStatus
{
    Pending = 1,
    Sent = 2,
    Failed = 3,

    /// <summary>Not attempted (the run stopped after repeated failures, or the record has nothing the destination can use).</summary>
    Skipped = 4,
}
