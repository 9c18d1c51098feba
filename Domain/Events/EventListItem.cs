namespace Lodestar.Domain.Events;

public sealed record EventListItem(
    long Id,
    string MessageId,
    MessageType Type,
    string? Name,
    string? UserId,
    string? AnonymousId,
    DateTime Timestamp,
    DateTime ReceivedAt,
    string SourceName,
    string Raw);
