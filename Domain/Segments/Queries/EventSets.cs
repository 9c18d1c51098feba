using Lodestar.Domain.Data;
using Lodestar.Domain.Segments.Facts;
using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Segments.Queries;

/// <summary>Event and computed conditions, over <see cref="SegmentEvent"/> (one name's time range per condition).</summary>
internal sealed class EventSets(PortalDbContext db, DateTime now)
{
    public IQueryable<long> Performed(EventCondition condition, IQueryable<long> living)
    {
        var events = Matching(condition.Event, condition.Window, condition.Where);
        if (!condition.Performed || condition is { Frequency: Frequency.Exactly, Count: 0 })
            return living.Except(events.Select(e => e.ProfileId));
        var count = condition.Count;
        var perProfile = events.GroupBy(e => e.ProfileId);
        return condition.Frequency switch
        {
            Frequency.AtLeast when count == 1 => events.Select(e => e.ProfileId).Distinct(),
            Frequency.AtLeast => perProfile.Where(g => g.Count() >= count).Select(g => g.Key),
            Frequency.Exactly => perProfile.Where(g => g.Count() == count).Select(g => g.Key),
            _ => living.Except(perProfile.Where(g => g.Count() > count).Select(g => g.Key)),
        };
    }

    public IQueryable<long> Computed(ComputedCondition condition, IQueryable<long> living)
    {
        var events = Matching(condition.Event, condition.Window, condition.Where);
        var test = ScalarTests.Of(condition.Test, now, db.Provider);
        var path = PropertyPaths.ToJsonPath(condition.Property ?? "properties");
        var perProfile = events.GroupBy(e => e.ProfileId);
        return condition.Aggregation switch
        {
            Aggregation.Count => Counts.Matching(perProfile.Select(g => new Value { ProfileId = g.Key, Text = null, Number = g.Count() }), condition.Test, now, db.Provider, living),
            Aggregation.Sum => Values(perProfile.Where(g => g.Count(e => JsonSql.Number(e.Props, path) != null) > 0)
                .Select(g => new Value { ProfileId = g.Key, Text = null, Number = g.Sum(e => JsonSql.Number(e.Props, path)) }), test, living),
            Aggregation.Average => Values(perProfile.Select(g => new Value { ProfileId = g.Key, Text = null, Number = g.Average(e => JsonSql.Number(e.Props, path)) }), test, living),
            Aggregation.Min => Values(perProfile.Select(g => new Value { ProfileId = g.Key, Text = null, Number = g.Min(e => JsonSql.Number(e.Props, path)) }), test, living),
            Aggregation.Max => Values(perProfile.Select(g => new Value { ProfileId = g.Key, Text = null, Number = g.Max(e => JsonSql.Number(e.Props, path)) }), test, living),
            Aggregation.First => Values(Edge(events, path, first: true), test, living),
            Aggregation.Last => Values(Edge(events, path, first: false), test, living),
            _ => Values(MostFrequent(events, path, condition.Test.Type == RuleValueType.Number), test, living),
        };
    }

    /// <summary>The value at each profile's first (or last) event; ties on time go by event id.</summary>
    private static IQueryable<Value> Edge(IQueryable<SegmentEvent> events, string path, bool first)
    {
        // Correlated subqueries per profile: EF Core cannot filter on a value picked from a group with First().
        var profiles = events.Select(e => e.ProfileId).Distinct();
        return first
            ? profiles.Select(id => new Value
            {
                ProfileId = id,
                Text = events.Where(e => e.ProfileId == id).OrderBy(e => e.Timestamp).ThenBy(e => e.EventId).Select(e => JsonSql.Text(e.Props, path)).FirstOrDefault(),
                Number = events.Where(e => e.ProfileId == id).OrderBy(e => e.Timestamp).ThenBy(e => e.EventId).Select(e => JsonSql.Number(e.Props, path)).FirstOrDefault(),
            })
            : profiles.Select(id => new Value
            {
                ProfileId = id,
                Text = events.Where(e => e.ProfileId == id).OrderByDescending(e => e.Timestamp).ThenByDescending(e => e.EventId).Select(e => JsonSql.Text(e.Props, path)).FirstOrDefault(),
                Number = events.Where(e => e.ProfileId == id).OrderByDescending(e => e.Timestamp).ThenByDescending(e => e.EventId).Select(e => JsonSql.Number(e.Props, path)).FirstOrDefault(),
            });
    }

    /// <summary>
    /// Each profile's most frequent non-null value (ties: the lowest value). Numbers are counted as numbers, other
    /// values as their text. Set-based (counts, each profile's highest count, the lowest value with it): a correlated
    /// subquery per profile took minutes at R1.
    /// </summary>
    private static IQueryable<Value> MostFrequent(IQueryable<SegmentEvent> events, string path, bool numeric)
    {
        if (numeric)
        {
            var numbers = events.Select(e => new { e.ProfileId, Number = JsonSql.Number(e.Props, path) }).Where(v => v.Number != null)
                .GroupBy(v => new { v.ProfileId, v.Number }).Select(g => new { g.Key.ProfileId, g.Key.Number, N = g.Count() });
            var highest = numbers.GroupBy(c => c.ProfileId).Select(g => new { ProfileId = g.Key, N = g.Max(c => c.N) });
            return from c in numbers
                   join h in highest on new { c.ProfileId, c.N } equals new { h.ProfileId, h.N }
                   group c by c.ProfileId into g
                   select new Value { ProfileId = g.Key, Number = g.Min(c => c.Number) };
        }

        var texts = events.Select(e => new { e.ProfileId, Text = JsonSql.Text(e.Props, path) }).Where(v => v.Text != null)
            .GroupBy(v => new { v.ProfileId, v.Text }).Select(g => new { g.Key.ProfileId, g.Key.Text, N = g.Count() });
        var most = texts.GroupBy(c => c.ProfileId).Select(g => new { ProfileId = g.Key, N = g.Max(c => c.N) });
        return from c in texts
               join m in most on new { c.ProfileId, c.N } equals new { m.ProfileId, m.N }
               group c by c.ProfileId into g
               select new Value { ProfileId = g.Key, Text = g.Min(c => c.Text) };
    }

    private static IQueryable<long> Values(IQueryable<Value> values, ScalarTest test, IQueryable<long> living) =>
        Sets.Matching(values, v => v.ProfileId, v => v.Text, v => v.Number, test, living);

    /// <summary>The events of a name in a window that pass every filter.</summary>
    public IQueryable<SegmentEvent> Matching(string name, EventWindow? window, IReadOnlyList<PropertyFilter>? filters)
    {
        var events = db.SegmentEvents.Where(e => e.Name == name);
        if (window?.LastDays is { } days)
        {
            var since = now.AddDays(-days);
            events = events.Where(e => e.Timestamp >= since);
        }
        else if (window is { From: { } from, To: { } to })
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            events = events.Where(e => e.Timestamp >= start && e.Timestamp < end);
        }

        foreach (var filter in filters ?? [])
        {
            var path = PropertyPaths.ToJsonPath(filter.Property);
            events = events.Where(Sets.RowPredicate<SegmentEvent>(ScalarTests.Of(filter.Test, now, db.Provider),
                e => JsonSql.Text(e.Props, path), e => JsonSql.Number(e.Props, path)));
        }

        return events;
    }
}
