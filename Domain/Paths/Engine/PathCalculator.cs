namespace Lodestar.Domain.Paths.Engine;

/// <summary>
/// Paths from events, without a database: each person's path is their first chosen event in the range and the
/// <see cref="PathQuery.Depth"/> events after (or before) it, in time order with ties on the time ordered by event id;
/// the paths are then counted step by step, each step keeping its <see cref="PathQuery.TopN"/> most common events.
/// </summary>
public static class PathCalculator
{
    /// <summary>Everything at once, for events in any order (the service streams person by person instead).</summary>
    public static PathResult Calculate(PathQuery query, IEnumerable<PathEvent> events, DateTime computedAt)
    {
        var all = events.ToList();
        var paths = all.GroupBy(e => e.ProfileId).Select(g => PathOf(query, [.. g])).OfType<string[]>().ToList();
        return Result(query, paths, computedAt, all.Count);
    }

    /// <summary>
    /// One person's path: the chosen event first, then the following (or preceding) events, nearest first; null
    /// when the person did not do the chosen event. Sorts <paramref name="events"/> in place.
    /// </summary>
    public static string[]? PathOf(PathQuery query, Span<PathEvent> events)
    {
        events.Sort(static (a, b) => a.Timestamp != b.Timestamp ? a.Timestamp.CompareTo(b.Timestamp) : a.EventId.CompareTo(b.EventId));
        var anchor = -1;
        for (var i = 0; i < events.Length && anchor < 0; i++)
        {
            if (events[i].IsAnchor)
                anchor = i;
        }

        if (anchor < 0)
            return null;
        var step = query.Direction == PathDirection.After ? 1 : -1;
        var names = new List<string>();
        for (var i = anchor; i >= 0 && i < events.Length; i += step)
            names.Add(events[i].Name);
        return Walk(query, names).Path;
    }

    /// <summary>
    /// A path from its person's events nearest first, starting with the chosen event itself; <c>Whole</c> when it
    /// has all its <see cref="PathQuery.Depth"/> steps (so more events could not change it).
    /// </summary>
    public static (string[] Path, bool Whole) Walk(PathQuery query, IReadOnlyList<string> fromAnchor)
    {
        if (fromAnchor.Count == 0)
            return ([], false);
        var path = new List<string>(query.Depth + 1) { fromAnchor[0] };
        for (var i = 1; i < fromAnchor.Count && path.Count <= query.Depth; i++)
        {
            if (query.CollapseRepeats && fromAnchor[i] == path[^1])
                continue;
            path.Add(fromAnchor[i]);
        }

        return ([.. path], path.Count > query.Depth);
    }

    /// <summary>The Sankey of these paths: nodes by step (most people first, "Other" last) and the links between them.</summary>
    public static PathResult Result(PathQuery query, IReadOnlyList<string[]> paths, DateTime computedAt, long eventsRead)
    {
        var sign = query.Direction == PathDirection.After ? 1 : -1;
        var nodes = new List<PathNode>();
        // Per step, the node index of each kept event name, and of "Other" (-1 until someone needs it).
        var columns = new Dictionary<string, int>[query.Depth + 1];
        var others = new int[query.Depth + 1];
        for (var k = 0; k <= query.Depth; k++)
        {
            others[k] = -1;
            var counts = paths.Where(p => p.Length > k).GroupBy(p => p[k], StringComparer.Ordinal)
                .Select(g => (Name: g.Key, People: (long)g.Count()))
                .OrderByDescending(c => c.People).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
            var keep = k == 0 ? counts.Count : query.TopN;
            columns[k] = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (name, people) in counts.Take(keep))
            {
                columns[k][name] = nodes.Count;
                nodes.Add(new PathNode(nodes.Count, name, sign * k, people, false));
            }

            var rest = counts.Skip(keep).Sum(c => c.People);
            if (rest > 0)
            {
                others[k] = nodes.Count;
                nodes.Add(new PathNode(nodes.Count, "Other", sign * k, rest, true));
            }
        }

        int NodeOf(int k, string name) => columns[k].TryGetValue(name, out var id) ? id : others[k];
        var links = new Dictionary<(int Source, int Target), long>();
        foreach (var path in paths)
        {
            for (var k = 1; k < path.Length; k++)
            {
                var (near, far) = (NodeOf(k - 1, path[k - 1]), NodeOf(k, path[k]));
                // Links run forward in time: before the chosen event, the farther step is the earlier one.
                var key = sign > 0 ? (near, far) : (far, near);
                links[key] = links.GetValueOrDefault(key) + 1;
            }
        }

        var ordered = links.OrderBy(l => Math.Min(nodes[l.Key.Source].Depth * sign, nodes[l.Key.Target].Depth * sign))
            .ThenByDescending(l => l.Value).ThenBy(l => l.Key.Source).ThenBy(l => l.Key.Target)
            .Select(l => new PathLink(l.Key.Source, l.Key.Target, l.Value)).ToList();
        return new PathResult(nodes, ordered, paths.Count, computedAt, eventsRead);
    }
}
