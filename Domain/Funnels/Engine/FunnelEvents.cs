namespace Lodestar.Domain.Funnels.Engine;

/// <summary>
/// The events a funnel reads, column by column, ordered by person, then time, then event id (the tie-break for
/// events stamped with the same time). The same event matched by several steps is one entry with their bits combined.
/// </summary>
internal sealed class FunnelEvents
{
    private FunnelEvents(int count)
    {
        Profiles = new long[count];
        Ticks = new long[count];
        EventIds = new long[count];
        Steps = new uint[count];
        Exclusions = new uint[count];
        Breakdown = new string?[count];
        Hold = new string?[count];
        Values = new double?[count];
    }

    public int Count { get; private set; }

    public long[] Profiles { get; }

    public long[] Ticks { get; }

    public long[] EventIds { get; }

    public uint[] Steps { get; }

    public uint[] Exclusions { get; }

    public string?[] Breakdown { get; }

    public string?[] Hold { get; }

    public double?[] Values { get; }

    /// <param name="rows">Blocks of rows each in time order, as the reads return them (any order works; that one is fastest).</param>
    public static FunnelEvents From(List<FunnelEventRow> rows)
    {
        var order = FunnelRowOrder.Sort(rows);
        var events = new FunnelEvents(rows.Count);
        var n = -1;
        foreach (var index in order)
        {
            var row = rows[index];
            if (n >= 0 && events.EventIds[n] == row.EventId && events.Profiles[n] == row.ProfileId)
            {
                events.Steps[n] |= row.Steps;
                events.Exclusions[n] |= row.Exclusions;
                events.Breakdown[n] ??= row.Breakdown;
                events.Hold[n] ??= row.Hold;
                events.Values[n] ??= row.Value;
                continue;
            }

            n++;
            events.Profiles[n] = row.ProfileId;
            events.Ticks[n] = row.Timestamp.Ticks;
            events.EventIds[n] = row.EventId;
            events.Steps[n] = row.Steps;
            events.Exclusions[n] = row.Exclusions;
            events.Breakdown[n] = row.Breakdown;
            events.Hold[n] = row.Hold;
            events.Values[n] = row.Value;
        }

        events.Count = n + 1;
        return events;
    }

    /// <summary>Each person's events as a [start, end) range.</summary>
    public IEnumerable<(int Start, int End)> People()
    {
        for (var start = 0; start < Count;)
        {
            var end = start + 1;
            while (end < Count && Profiles[end] == Profiles[start])
                end++;
            yield return (start, end);
            start = end;
        }
    }
}
