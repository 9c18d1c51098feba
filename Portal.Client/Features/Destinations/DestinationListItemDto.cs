namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>A row of the destinations list.</summary>
public sealed record DestinationListItemDto(
    long Id,
    string Name,
    string Type,
    bool Enabled,
    DateTime? PausedAt,
    string? PausedReason,
    int Connections,
    DestinationRunDto? LastRun);
