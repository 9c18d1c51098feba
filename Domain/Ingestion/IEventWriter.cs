using Lodestar.Domain.Events;

namespace Lodestar.Domain.Ingestion;

/// <summary>Stores events durably. The returned task completes only once the events are committed.</summary>
public interface IEventWriter
{
    /// <exception cref="EventStoreUnavailableException">The store cannot take events now; nothing was written.</exception>
    Task<EventWriteResult> WriteAsync(IReadOnlyList<TrackedEvent> events, CancellationToken cancellationToken);
}
