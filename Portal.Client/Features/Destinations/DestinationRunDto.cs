namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>
/// One sync run: status (Running, Succeeded, PartlyFailed, Failed, Skipped), counts, duration and the error; for an
/// event stream, the range of stored event ids it covered instead of a connection.
/// </summary>
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
    string? Error,
    long? FirstEventId = null,
    long? LastEventId = null);
