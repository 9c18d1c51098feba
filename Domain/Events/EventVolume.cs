namespace Lodestar.Domain.Events;

/// <summary>How many events of a type happened on a day (UTC).</summary>
public sealed record EventVolume(DateOnly Day, MessageType Type, long Count);
