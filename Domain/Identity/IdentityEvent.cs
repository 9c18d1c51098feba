using Lodestar.Domain.Events;

namespace Lodestar.Domain.Identity;

/// <summary>
/// What identity resolution reads of a stored event: its promoted identifier columns, and the raw message only where
/// it needs more (identify calls for traits, custom identifier keys).
/// </summary>
public sealed record IdentityEvent(
    long EventId,
    string MessageId,
    MessageType Type,
    DateTime Timestamp,
    string? UserId,
    string? AnonymousId,
    string? PreviousId,
    string? Email,
    string? Phone,
    string? DeviceId,
    string? ExternalIds,
    string? Raw);
