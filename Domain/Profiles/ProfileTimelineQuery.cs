using Lodestar.Domain.Events;

namespace Lodestar.Domain.Profiles;

/// <summary>
/// A page of one profile's events, newest first, optionally of one type or event name, before an event id (in the order
/// they arrived). With <see cref="BeforeTime"/>, in the order they happened instead (timestamp, then id, newest first)
/// after (<see cref="BeforeTime"/>, <see cref="BeforeId"/>): the order another timeline can be merged with.
/// </summary>
public sealed record ProfileTimelineQuery(long ProfileId, MessageType? Type = null, string? Name = null, long? BeforeId = null, int Limit = 50,
    DateTime? BeforeTime = null)
{
    public const int MaxLimit = 500;
}
