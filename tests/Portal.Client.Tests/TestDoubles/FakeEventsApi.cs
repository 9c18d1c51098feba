using Lodestar.Portal.Client.Features.Events;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>
/// An in-memory <see cref="IEventsApi"/>: answers from a list of events like the server does (newest first, filtered,
/// before/after by id) and records every filter it was called with. Safe to use from the debugger's polling thread.
/// </summary>
public sealed class FakeEventsApi : IEventsApi
{
    private readonly Lock _lock = new();
    private readonly List<EventDto> _events = [];
    private readonly List<EventFilter> _calls = [];

    /// <summary>When set, every call throws it (after being recorded).</summary>
    public Exception? FailWith { get; set; }

    /// <summary>When set, calls with an <see cref="EventFilter.After"/> value (the live polls) throw it.</summary>
    public Exception? FailPollsWith { get; set; }

    public IReadOnlyList<EventFilter> Calls
    {
        get
        {
            lock (_lock)
                return [.. _calls];
        }
    }

    /// <summary>Adds events as if they had just been stored.</summary>
    public void Add(params EventDto[] events)
    {
        lock (_lock)
            _events.AddRange(events);
    }

    /// <summary>When set, a page that is not full still says older events may match (as a bounded server search does).</summary>
    public long? CursorWhenNotFull { get; set; }

    public Task<EventPageDto> ListAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _calls.Add(filter);
            if (FailWith is not null)
                return Task.FromException<EventPageDto>(FailWith);
            if (filter.After is not null && FailPollsWith is not null)
                return Task.FromException<EventPageDto>(FailPollsWith);

            IReadOnlyList<EventDto> page = _events
                .Where(e => filter.Type is null || e.Type == filter.Type)
                .Where(e => filter.Event is null || e.Event == filter.Event)
                .Where(e => filter.User is null || e.UserId == filter.User || e.AnonymousId == filter.User)
                .Where(e => filter.Before is null || e.Id < filter.Before)
                .Where(e => filter.After is null || e.Id > filter.After)
                .OrderByDescending(e => e.Id)
                .Take(filter.Limit)
                .ToList();
            var next = page.Count == filter.Limit ? page[^1].Id : filter.After is null ? CursorWhenNotFull : null;
            return Task.FromResult(new EventPageDto(page, next));
        }
    }

    public static EventDto Event(long id, string type, string? name, string? userId = "u-1", string? raw = null)
    {
        var received = new DateTime(2026, 11, 20, 12, 0, 0, DateTimeKind.Utc).AddSeconds(id);
        return new EventDto(
            id,
            $"m-{id}",
            type,
            name,
            userId,
            $"anon-{id}",
            received.AddMilliseconds(-250),
            received,
            "Web site",
            raw ?? $$$"""{"messageId":"m-{{{id}}}","type":"{{{type}}}","event":"{{{name}}}","properties":{"plan":"pro"}}""");
    }
}
