using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Profiles;

/// <summary>A page of a profile's events: optionally one type or event name, older than an event id.</summary>
public sealed record TimelineFilter(string? Type = null, string? Event = null, long? Before = null, int Limit = 50)
{
    public string ToQueryString() => QueryStrings.Of(("limit", Limit), ("type", Type), ("event", Event), ("before", Before));
}
