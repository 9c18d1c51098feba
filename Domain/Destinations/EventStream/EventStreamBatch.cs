namespace Lodestar.Domain.Destinations.EventStream;

/// <summary>
/// The events of one read from the stream (ids <see cref="FirstId"/>..<see cref="LastId"/>): the raw messages that pass
/// the filters, and how many did not.
/// </summary>
public sealed record EventStreamBatch(long FirstId, long LastId, int Read, IReadOnlyList<string> Messages)
{
    public int Skipped => Read - Messages.Count;

    /// <summary>The same for a resend of this range, so a receiver that saw it before can recognise it.</summary>
    public string IdempotencyKey(long destinationId) => $"event-stream-{destinationId}-{FirstId}-{LastId}";
}
