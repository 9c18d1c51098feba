using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Events;

/// <summary>What the debugger asks for: the newest events matching all given fields.</summary>
/// <param name="User">Matches the userId or the anonymousId.</param>
public sealed record EventFilter(
    int Limit = 50,
    string? Type = null,
    string? Event = null,
    string? UserId = null,
    string? AnonymousId = null,
    string? User = null,
    long? Before = null,
    long? After = null)
{
    public string ToQueryString() => QueryStrings.Of(
        ("limit", Limit), ("type", Type), ("event", Event), ("userId", UserId), ("anonymousId", AnonymousId), ("user", User),
        ("before", Before), ("after", After));
}
