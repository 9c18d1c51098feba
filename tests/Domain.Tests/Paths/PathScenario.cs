using Lodestar.Domain.Paths;
using Lodestar.Domain.Paths.Engine;

namespace Lodestar.Domain.Tests.Paths;

/// <summary>
/// Hand-built event sequences for paths: people, minutes after <see cref="Start"/> and event names; "Home" is the
/// chosen event unless the query says otherwise. Event ids follow the order events are added unless given.
/// </summary>
internal sealed class PathScenario
{
    public static readonly DateTime Start = new(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc);
    private readonly List<(long Person, double Minutes, string Name, long Id)> _events = [];
    private long _nextId = 1;

    public PathScenario Event(long person, double minutes, string name, long? id = null)
    {
        _events.Add((person, minutes, name, id ?? _nextId++));
        return this;
    }

    /// <summary>One person's events a minute apart.</summary>
    public PathScenario Person(long person, params string[] names)
    {
        for (var i = 0; i < names.Length; i++)
            Event(person, i, names[i]);
        return this;
    }

    public static PathQuery Query(PathDirection direction = PathDirection.After, int depth = 3, int topN = 5, bool collapse = true) => new()
    {
        Event = "Home",
        Direction = direction,
        Depth = depth,
        TopN = topN,
        CollapseRepeats = collapse,
        From = DateOnly.FromDateTime(Start),
        To = DateOnly.FromDateTime(Start),
    };

    public PathResult Run(PathQuery query)
    {
        PathQueryValidator.Check(query);
        return PathCalculator.Calculate(query,
            _events.Select(e => new PathEvent(e.Person, Start.AddMinutes(e.Minutes), e.Id, e.Name, e.Name == query.Event)), Start);
    }

    /// <summary>The links as "depth:label → depth:label = count", in the result's order.</summary>
    public static string[] Links(PathResult result) =>
        [.. result.Links.Select(l => $"{Node(result, l.Source)} → {Node(result, l.Target)} = {l.Count}")];

    /// <summary>The nodes as "depth:label people".</summary>
    public static string[] Nodes(PathResult result) => [.. result.Nodes.Select(n => $"{Node(result, n.Id)} {n.People}")];

    private static string Node(PathResult result, int id) => $"{result.Nodes[id].Depth}:{result.Nodes[id].Label}";
}
