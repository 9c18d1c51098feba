using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Segments.Evaluation;

/// <summary>Event conditions: which living profiles performed an event (in a window, passing filters) how often.</summary>
internal sealed class EventEvaluator(SegmentIndex index, DateTime now)
{
    public HashSet<long> Performed(EventCondition condition)
    {
        var counts = Counts(Matching(condition.Event, condition.Window, condition.Where));
        int CountOf(long profile) => counts.GetValueOrDefault(profile);
        Func<long, bool> passes = !condition.Performed
            ? p => CountOf(p) == 0
            : condition.Frequency switch
            {
                // A profile without events has none to count: "at least 0" still asks for one (the validator refuses it).
                Frequency.AtLeast => p => CountOf(p) > 0 && CountOf(p) >= condition.Count,
                Frequency.Exactly => p => CountOf(p) == condition.Count,
                _ => p => CountOf(p) == 0 || CountOf(p) <= condition.Count,
            };
        return [.. index.Living.Where(passes)];
    }

    /// <summary>The events of a name in a window that pass every filter (a not-equals filter passes events without the property).</summary>
    public List<IndexedEvent> Matching(string name, EventWindow? window, IReadOnlyList<PropertyFilter>? filters)
    {
        var (from, to) = Range(window);
        var tests = (filters ?? []).Select(f => (Keys: PropertyPaths.Segments(f.Property), Test: new ScalarPredicate(f.Test, now))).ToList();
        return index.Events[name]
            .Where(e => (from is null || e.Row.Timestamp >= from) && (to is null || e.Row.Timestamp < to))
            .Where(e => tests.All(t => t.Test.Row(e.At(t.Keys))))
            .ToList();
    }

    public static Dictionary<long, int> Counts(IEnumerable<IndexedEvent> events) =>
        events.GroupBy(e => e.Row.ProfileId).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The window as [from, to): since N days before now (no end), or whole UTC days from the first to the last.</summary>
    private (DateTime? From, DateTime? To) Range(EventWindow? window)
    {
        if (window?.LastDays is { } days)
            return (now.AddDays(-days), null);
        if (window is { From: { } from, To: { } to })
            return (from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        return (null, null);
    }
}
