namespace Lodestar.Domain.Funnels.Engine;

/// <summary>The paths that reached one required step: their event there, when they entered, and the path they extend.</summary>
internal sealed class FunnelLevel
{
    public List<int> Events { get; } = [];

    public List<long> Entries { get; } = [];

    public List<int> Predecessors { get; } = [];

    public int Count => Events.Count;

    public void Add(int eventIndex, long entryTicks, int predecessor)
    {
        Events.Add(eventIndex);
        Entries.Add(entryTicks);
        Predecessors.Add(predecessor);
    }

    public void Clear()
    {
        Events.Clear();
        Entries.Clear();
        Predecessors.Clear();
    }
}
