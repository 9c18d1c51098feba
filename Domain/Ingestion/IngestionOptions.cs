namespace Lodestar.Domain.Ingestion;

/// <summary>The <c>Ingestion</c> configuration section.</summary>
public sealed class IngestionOptions
{
    /// <summary>The write key of the default source. Generated (and shown in Settings → Sources) when not set.</summary>
    public string? DefaultWriteKey { get; set; }
}
