namespace Lodestar.Domain.Ingestion;

/// <summary>The event store could not commit; the caller should tell the client to retry.</summary>
public sealed class EventStoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
