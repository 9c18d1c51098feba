namespace Lodestar.Domain.Destinations;

/// <summary>
/// One record of one run: planned before anything is sent (with its batch), then marked with what happened. The
/// payload is the record exactly as sent, so a crashed run resumes with the same batches and a record can be replayed.
/// </summary>
public class DestinationLedgerEntry
{
    public long Id { get; set; }

    public long RunId { get; set; }

    public long DestinationId { get; set; }

    public long? ConnectionId { get; set; }

    public long ProfileId { get; set; }

    public LedgerAction Action { get; set; }

    public int Batch { get; set; }

    public LedgerStatus Status { get; set; }

    public string? Payload { get; set; }

    public string? Error { get; set; }

    public DateTime? SentAt { get; set; }
}
