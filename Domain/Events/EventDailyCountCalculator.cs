namespace Lodestar.Domain.Events;

/// <summary>Tallies the events a commit inserted by UTC day and type (duplicates, not inserted, do not count).</summary>
public static class EventDailyCountCalculator
{
    public static IReadOnlyList<EventDailyCount> Tally(IReadOnlyList<TrackedEvent> events, IReadOnlyList<bool> inserted)
    {
        var counts = new Dictionary<(DateTime Day, MessageType Type), long>();
        for (var i = 0; i < events.Count; i++)
        {
            if (!inserted[i])
                continue;
            var key = (DateTime.SpecifyKind(events[i].Timestamp.Date, DateTimeKind.Utc), events[i].Type);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts.Select(c => new EventDailyCount { Day = c.Key.Day, Type = c.Key.Type, Count = c.Value }).ToList();
    }
}
