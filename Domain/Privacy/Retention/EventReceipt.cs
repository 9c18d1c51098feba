using Lodestar.Domain.Events;

namespace Lodestar.Domain.Privacy.Retention;

/// <summary>What the events purge reads of a stored event: enough to find its derived rows and its daily count.</summary>
internal sealed record EventReceipt(long Id, MessageType Type, string? Name, DateTime Timestamp, DateTime ReceivedAt);
