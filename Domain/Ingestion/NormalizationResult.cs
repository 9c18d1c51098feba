using Lodestar.Domain.Events;

namespace Lodestar.Domain.Ingestion;

/// <summary>Either the event to store or why the message was refused.</summary>
public readonly record struct NormalizationResult(TrackedEvent? Event, IngestionError Error, string? Message)
{
    public static NormalizationResult Ok(TrackedEvent trackedEvent) => new(trackedEvent, IngestionError.None, null);

    public static NormalizationResult Invalid(string message) => new(null, IngestionError.Invalid, message);

    public static NormalizationResult TooLarge(string message) => new(null, IngestionError.TooLarge, message);
}
