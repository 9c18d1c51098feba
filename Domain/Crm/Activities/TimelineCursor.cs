using System.Globalization;

namespace Lodestar.Domain.Crm.Activities;

/// <summary>
/// A place in a contact's timeline: a time, and the item there (its source and id) after which the next page starts,
/// so items at the same time are neither skipped nor repeated. Written as <c>2026-05-04T09:00:00.0000000Z</c> (everything
/// before that time) or <c>2026-05-04T09:00:00.0000000Z~event-17</c> (everything after that item, newest first).
/// </summary>
public sealed record TimelineCursor(DateTime At, TimelineSource? Source = null, long Id = 0)
{
    /// <summary>Whether <paramref name="item"/> comes after this place, newest first: older, or at the same time and later in the order.</summary>
    public bool Precedes(TimelineItem item) =>
        item.At < At || (item.At == At && Source is { } source && (item.Source > source || (item.Source == source && item.Id < Id)));

    public override string ToString() =>
        At.ToString("O", CultureInfo.InvariantCulture) + (Source is { } s ? $"~{s.ToString().ToLowerInvariant()}-{Id.ToString(CultureInfo.InvariantCulture)}" : "");

    /// <exception cref="DomainValidationException">The text is neither a timestamp nor a cursor this class wrote.</exception>
    public static TimelineCursor Parse(string text)
    {
        var parts = text.Split('~', 2);
        var dash = parts.Length == 2 ? parts[1].LastIndexOf('-') : -1;
        if (DateTime.TryParse(parts[0], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at))
        {
            if (parts.Length == 1)
                return new TimelineCursor(at);
            if (dash > 0 && Enum.TryParse<TimelineSource>(parts[1][..dash], ignoreCase: true, out var source)
                && long.TryParse(parts[1][(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                return new TimelineCursor(at, source, id);
        }

        throw new DomainValidationException("before", $"'{text}' is not a place in the timeline: pass a UTC time (2026-05-04T09:00:00Z) or the previous page's nextBefore.");
    }
}
