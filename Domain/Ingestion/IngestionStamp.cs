namespace Lodestar.Domain.Ingestion;

/// <summary>What the server knows about a request: when it arrived, from where, for which source.</summary>
public readonly record struct IngestionStamp(DateTime ReceivedAt, string? ClientIp, int SourceId);
