namespace Lodestar.Domain.Crm.Activities;

/// <summary>
/// Merges a contact's activities and its profile's events into one timeline page: newest first, at the same time
/// activities before events, then the higher id first, so the order is total and paging by <see cref="TimelineCursor"/>
/// neither skips nor repeats items.
/// </summary>
public static class ContactTimelineCalculator
{
    /// <summary>How many items each source must give (after <paramref name="before"/>) for a page of <paramref name="limit"/>.</summary>
    public static int Wanted(int limit) => limit + 1;

    /// <param name="activities">The activities after the cursor, newest first, at least <see cref="Wanted"/> when there are that many.</param>
    /// <param name="events">The events after the cursor, the same way.</param>
    public static TimelinePage Merge(IEnumerable<TimelineItem> activities, IEnumerable<TimelineItem> events, TimelineCursor? before, int limit)
    {
        var ordered = activities.Concat(events)
            .Where(i => before is null || before.Precedes(i))
            .OrderByDescending(i => i.At).ThenBy(i => i.Source).ThenByDescending(i => i.Id)
            .Take(limit + 1).ToList();
        var page = ordered.Take(limit).ToList();
        return new TimelinePage(page, ordered.Count > limit ? page[^1].Cursor : null);
    }
}
