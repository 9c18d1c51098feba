namespace Lodestar.Domain.Funnels.Engine;

/// <summary>
/// The paths of a level that a later event may extend, best first: a path that entered no later than one pushed after
/// it can never be the better choice again, so it is dropped; paths whose event left the step window drop off the front.
/// </summary>
internal sealed class FunnelLevelDeque
{
    private readonly List<int> _items = [];
    private FunnelLevel _level = new();
    private int _head;

    public void Reset(FunnelLevel level)
    {
        _level = level;
        _items.Clear();
        _head = 0;
    }

    public void Push(int path)
    {
        var entry = _level.Entries[path];
        while (_items.Count > _head && _level.Entries[_items[^1]] <= entry)
            _items.RemoveAt(_items.Count - 1);
        _items.Add(path);
    }

    /// <summary>The path that entered latest among those whose event is at or after <paramref name="minTicks"/>; -1 for none.</summary>
    public int Best(long minTicks, long[] ticks)
    {
        while (_items.Count > _head && ticks[_level.Events[_items[_head]]] < minTicks)
            _head++;
        return _items.Count > _head ? _items[_head] : -1;
    }
}
