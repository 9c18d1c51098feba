namespace Lodestar.Domain.Destinations.EventStream;

/// <summary>The event-stream forwarder (<c>Destinations:EventStream</c> section).</summary>
public sealed class EventStreamOptions
{
    /// <summary>False: nothing is forwarded in the background (the destination-sync job can still run passes).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Longest wait between passes without a signal from ingestion (events another node stored, retries).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Shortest time between two passes of one destination: under steady traffic the events of this long go in one
    /// request and one small transaction, instead of one per ingestion commit.
    /// </summary>
    public TimeSpan MinPassInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Scheduled passes within this long of a successful run add to it, so the history shows one run per window, not per pass.</summary>
    public TimeSpan RunWindow { get; set; } = TimeSpan.FromMinutes(5);
}
