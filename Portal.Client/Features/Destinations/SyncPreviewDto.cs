namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>
/// What the next sync of a connection would send, computed now without sending: the whole audience on the first sync
/// (<see cref="Full"/>), otherwise who entered and exited since the last one. <see cref="WithoutConsent"/> counts
/// members left out because they lack the destination's consent category.
/// </summary>
public sealed record SyncPreviewDto(
    long ConnectionId,
    bool Full,
    int Adds,
    int Removes,
    int WithoutConsent,
    IReadOnlyList<SyncPreviewRecordDto> Sample);
