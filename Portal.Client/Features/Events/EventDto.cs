namespace Lodestar.Portal.Client.Features.Events;

/// <summary>
/// One stored message as the debugger shows it; <see cref="Raw"/> is the whole message as JSON, <see cref="Pii"/> the
/// fields that PII rules dropped or hashed before it was stored.
/// </summary>
public sealed record EventDto(
    long Id,
    string MessageId,
    string Type,
    string? Event,
    string? UserId,
    string? AnonymousId,
    DateTime Timestamp,
    DateTime ReceivedAt,
    string Source,
    string Raw,
    IReadOnlyList<PiiMarkDto>? Pii = null);
