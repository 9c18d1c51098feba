namespace Lodestar.Domain.Ingestion;

/// <summary>The outcome of a tracking request: accepted (with how many were new, and how many dropped as suppressed) or refused and why.</summary>
public sealed record IngestionResult(IngestionError Error, string? Message, int Stored, int Duplicates, int Suppressed = 0)
{
    public bool Accepted => Error == IngestionError.None;

    public static IngestionResult Refused(IngestionError error, string message) => new(error, message, 0, 0);
}
