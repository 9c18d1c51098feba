using System.Text.Json;
using Lodestar.Domain.Segments.Facts;
using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Funnels.Engine;

/// <summary>
/// Funnel step events kept in memory between queries (one per process). At R1 reading a year's step events from
/// SQLite is most of a funnel's time, and the same steps are asked again and again (a breakdown changed, a step
/// added, a dashboard refreshed). An entry is one read — an event name with its filters — in one query shape (the
/// breakdown, held properties and value it carries), over a time range, as columns in person order.
/// Every entry belongs to the <see cref="SegmentEventsVersion"/> stamp read before it was loaded; a query compares
/// the current stamp first and a different one drops everything, so a new event, a merge or a rebuild is never
/// answered from old rows. Rows newer than their stamp (a write while loading) only cost a reload.
/// </summary>
public sealed class FunnelEventCache(long maxRows = FunnelEventCache.DefaultMaxRows)
{
    /// <summary>24 bytes a row without values (~250 MB): years of several popular steps at R1.</summary>
    public const long DefaultMaxRows = 10_000_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (FunnelEventColumns Columns, long LastUse)> _entries = new(StringComparer.Ordinal);
    private string? _stamp;
    private long _rows;
    private long _uses;

    /// <summary>Reads answered from memory, and reads that went to the database, since start (tests and benchmarks).</summary>
    internal (long Hits, long Misses) Counts { get; private set; }

    /// <summary>The entry's key; null when the read cannot be kept (a filter relative to now, such as "in the last 7 days").</summary>
    internal static string? KeyOf(FunnelQuery shape, FunnelMatcher matcher)
    {
        if (matcher.Filters.Any(f => f.Test.Days is not null))
            return null;
        var breakdown = shape.Breakdown is { Source: FunnelBreakdownSource.Event } b ? b.Property : null;
        return JsonSerializer.Serialize(new object?[] { matcher.Event, matcher.Filters, breakdown, shape.HoldConstant, shape.ValueProperty });
    }

    /// <summary>The entry when it is of this stamp and covers [from, to) (ticks).</summary>
    internal FunnelEventColumns? Get(string key, string stamp, long from, long to)
    {
        lock (_gate)
        {
            if (stamp != _stamp)
            {
                // The data changed since the entries were read: all of them may be wrong.
                _entries.Clear();
                (_rows, _stamp) = (0, stamp);
            }

            if (_entries.TryGetValue(key, out var entry) && entry.Columns.Covers(from, to))
            {
                _entries[key] = (entry.Columns, ++_uses);
                Counts = (Counts.Hits + 1, Counts.Misses);
                return entry.Columns;
            }

            Counts = (Counts.Hits, Counts.Misses + 1);
            return null;
        }
    }

    /// <summary>The range to read for a miss: [from, to) widened to what the entry already held, so it keeps serving both.</summary>
    internal (long From, long To) RangeFor(string key, long from, long to)
    {
        lock (_gate)
            return _entries.TryGetValue(key, out var entry) ? (Math.Min(from, entry.Columns.From), Math.Max(to, entry.Columns.To)) : (from, to);
    }

    /// <summary>Keeps a read loaded at <paramref name="stamp"/>, the least recently used entries making room.</summary>
    internal void Put(string key, string stamp, FunnelEventColumns columns)
    {
        lock (_gate)
        {
            // Another query saw a different stamp meanwhile: which is newer is unknown, so this read is not kept.
            if (stamp != _stamp || columns.Count > maxRows)
                return;
            if (_entries.Remove(key, out var old))
                _rows -= old.Columns.Count;
            while (_rows + columns.Count > maxRows)
            {
                var oldest = _entries.MinBy(e => e.Value.LastUse);
                _entries.Remove(oldest.Key);
                _rows -= oldest.Value.Columns.Count;
            }

            _entries[key] = (columns, ++_uses);
            _rows += columns.Count;
        }
    }
}
