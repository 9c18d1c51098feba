namespace Lodestar.Domain.Paths;

/// <param name="People">People who did the chosen event in the range (the first node's count).</param>
/// <param name="EventsRead">Stored events the query read.</param>
public sealed record PathResult(IReadOnlyList<PathNode> Nodes, IReadOnlyList<PathLink> Links, long People, DateTime ComputedAt, long EventsRead);
