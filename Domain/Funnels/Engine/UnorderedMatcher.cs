namespace Lodestar.Domain.Funnels.Engine;

/// <summary>
/// Unordered funnels for one person: from each step event in the date range (the anchor), the events up to the
/// window's end are matched to steps, one event per step (a maximum bipartite matching, so an event that fits two
/// steps is given to the one that needs it). Step k then counts people who completed k steps; the attempt is the
/// anchor completing most, the earliest among equals.
/// </summary>
internal sealed class UnorderedMatcher(FunnelPlan plan, FunnelEvents events)
{
    private readonly List<int>[] _candidates = [.. Enumerable.Range(0, plan.StepCount).Select(_ => new List<int>())];
    private readonly Dictionary<int, int> _stepOfEvent = [];
    private readonly HashSet<int> _visited = [];

    public FunnelAttempt? Find(int start, int end, Func<int, bool>? usable)
    {
        List<int>? best = null;
        var anchor = -1;
        for (var a = start; a < end && (best is null || best.Count < plan.StepCount); a++)
        {
            if (events.Steps[a] == 0 || !plan.IsEntry(events.Ticks[a]) || (usable is not null && !usable(a)))
                continue;
            var matched = Match(a, end, usable);
            if (best is null || matched.Count > best.Count)
                (best, anchor) = (matched, a);
        }

        if (best is null)
            return null;
        var nodes = new int[plan.StepCount];
        Array.Fill(nodes, -1);
        for (var k = 0; k < best.Count; k++)
            nodes[k] = best[k];
        return new FunnelAttempt(events.Profiles[anchor], anchor, nodes);
    }

    /// <summary>The matched events in time order.</summary>
    private List<int> Match(int anchor, int end, Func<int, bool>? usable)
    {
        // A step needs one event and the other steps can take at most StepCount - 1, so the first StepCount
        // candidates of each step are enough for a maximum matching.
        foreach (var list in _candidates)
            list.Clear();
        var windowEnd = events.Ticks[anchor] + plan.Window;
        for (var i = anchor; i < end && events.Ticks[i] <= windowEnd; i++)
        {
            if (events.Steps[i] == 0 || (usable is not null && !usable(i)))
                continue;
            for (var k = 0; k < plan.StepCount; k++)
            {
                if ((events.Steps[i] & (1u << k)) != 0 && _candidates[k].Count < plan.StepCount)
                    _candidates[k].Add(i);
            }
        }

        _stepOfEvent.Clear();
        for (var k = 0; k < plan.StepCount; k++)
        {
            _visited.Clear();
            Augment(k);
        }

        var matched = _stepOfEvent.Keys.ToList();
        matched.Sort();
        return matched;
    }

    private bool Augment(int step)
    {
        foreach (var e in _candidates[step])
        {
            if (!_visited.Add(e))
                continue;
            if (!_stepOfEvent.TryGetValue(e, out var other) || Augment(other))
            {
                _stepOfEvent[e] = step;
                return true;
            }
        }

        return false;
    }
}
