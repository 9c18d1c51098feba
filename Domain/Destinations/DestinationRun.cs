namespace Lodestar.Domain.Destinations;

/// <summary>One sync of a connection (or one forwarding pass of an event stream), with its counts.</summary>
public class DestinationRun
{
    public long Id { get; set; }

    public long DestinationId { get; set; }

    public long? ConnectionId { get; set; }

    public DestinationRunTrigger Trigger { get; set; }

    public DestinationRunStatus Status { get; set; }

    /// <summary>The connection's first sync (or a replay of everything): the whole audience, not a diff.</summary>
    public bool Full { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    public int Planned { get; set; }

    public int Sent { get; set; }

    public int Failed { get; set; }

    public int Skipped { get; set; }

    /// <summary>What went wrong, with the destination's response when it gave one.</summary>
    public string? Error { get; set; }

    /// <summary>
    /// Event streams: the first and last event id the run covered (forwarded or skipped by the filters). Events are kept
    /// in full, so the range says what was sent without a ledger entry per event, and it can be sent again.
    /// </summary>
    public long? FirstEventId { get; set; }

    public long? LastEventId { get; set; }
}
