namespace Lodestar.Domain.Ingestion;

public enum IngestionError
{
    None,
    /// <summary>Malformed JSON or a message that breaks the spec: HTTP 400.</summary>
    Invalid,
    /// <summary>A message, batch or body over the limits: HTTP 413.</summary>
    TooLarge,
    /// <summary>No write key, or one that no source has: HTTP 401.</summary>
    Unauthorized,
    /// <summary>The write key's source is disabled: HTTP 403.</summary>
    SourceDisabled,
    /// <summary>The event store could not take the messages (shutting down, database down): HTTP 503, retry.</summary>
    Unavailable,
}
