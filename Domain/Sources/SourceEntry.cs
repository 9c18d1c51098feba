namespace Lodestar.Domain.Sources;

/// <summary>What ingestion needs to know about a write key's source.</summary>
public sealed record SourceEntry(int Id, string Name, bool Enabled);
