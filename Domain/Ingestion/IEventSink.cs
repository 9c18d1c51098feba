using Lodestar.Domain.Events;

namespace Lodestar.Domain.Ingestion;

/// <summary>
/// Provider-specific bulk insert used by the single writer: commits all events in one transaction and skips those
/// whose messageId is already stored (or repeats one earlier in the list).
/// </summary>
public interface IEventSink : IAsyncDisposable
{
    /// <returns>For each event, whether it was inserted (false: a duplicate).</returns>
    Task<bool[]> InsertAsync(IReadOnlyList<TrackedEvent> events, CancellationToken cancellationToken);
}
