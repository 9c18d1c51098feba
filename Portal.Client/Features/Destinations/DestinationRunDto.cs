namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>One sync run: status (Running, Succeeded, PartlyFailed, Failed, Skipped), counts, duration and the error.</summary>
public sealed record DestinationRunDto(
    long Id,
    long? ConnectionId,
    string? SegmentName,
    string Trigger,
    string Status,
    bool Full,
    DateTime StartedAt,
    DateTime? FinishedAt,
    int Planned,
    int Sent,
    int Failed,
    int Skipped,
    string? Error);
