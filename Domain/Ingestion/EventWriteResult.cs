namespace Lodestar.Domain.Ingestion;

/// <param name="Stored">Events newly committed.</param>
/// <param name="Duplicates">Events dropped because their messageId was already stored.</param>
public readonly record struct EventWriteResult(int Stored, int Duplicates);
