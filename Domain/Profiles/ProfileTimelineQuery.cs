using Lodestar.Domain.Events;

namespace Lodestar.Domain.Profiles;

/// <summary>A page of one profile's events, newest first, optionally of one type or event name, before an event id.</summary>
public sealed record ProfileTimelineQuery(long ProfileId, MessageType? Type = null, string? Name = null, long? BeforeId = null, int Limit = 50)
{
    public const int MaxLimit = 500;
}
