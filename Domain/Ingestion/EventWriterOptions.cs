namespace Lodestar.Domain.Ingestion;

public sealed class EventWriterOptions
{
    /// <summary>Most events committed in one transaction; requests waiting beyond it go in the next one.</summary>
    public int MaxEventsPerCommit { get; set; } = 20_000;

    /// <summary>Requests that may wait for the writer before new ones wait to be queued (back-pressure).</summary>
    public int QueueCapacity { get; set; } = 1_024;
}
