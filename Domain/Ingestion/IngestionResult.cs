namespace Lodestar.Domain.Ingestion;

/// <summary>The outcome of a tracking request: accepted (with how many were new) or refused and why.</summary>
public sealed record IngestionResult(IngestionError Error, string? Message, int Stored, int Duplicates)
{
    public bool Accepted => Error == IngestionError.None;

    public static IngestionResult Refused(IngestionError error, string message) => new(error, message, 0, 0);
}
