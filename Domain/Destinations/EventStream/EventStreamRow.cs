using Lodestar.Domain.Events;

namespace Lodestar.Domain.Destinations.EventStream;

/// <summary>What the stream reads of a stored event.</summary>
public sealed record EventStreamRow(long Id, MessageType Type, string? Name, string Raw);
