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
        foreach (var index in order)
        {
            var row = rows[index];
            events.Append(row.ProfileId, row.Timestamp.Ticks, row.EventId, row.Steps, row.Exclusions, row.Breakdown, row.Hold, row.Value);
        }

        return events;
    }

    /// <summary>
    /// Several reads' events, each already in person and time order, merged into one such order, keeping only those
    /// with a time in [<paramref name="from"/>, <paramref name="to"/>) (a cached read may cover more). Each read's
    /// events match its steps and exclusions. <paramref name="merged"/>: the reads' events taken (an event in two
    /// reads counts twice, as two rows read).
    /// </summary>
    public static FunnelEvents Merge(IReadOnlyList<(FunnelEventColumns Columns, uint Steps, uint Exclusions)> reads, long from, long to, out long merged)
    {
        merged = 0;
        var next = new int[reads.Count];
        var events = new FunnelEvents(reads.Sum(r => r.Columns.Count));
        while (true)
        {
            var best = -1;
            for (var r = 0; r < reads.Count; r++)
            {
                var c = reads[r].Columns;
                var i = next[r];
                while (i < c.Count && (c.Ticks[i] < from || c.Ticks[i] >= to))
                    i++;
                next[r] = i;
                if (i < c.Count && (best < 0 || Before(c, i, reads[best].Columns, next[best])))
                    best = r;
            }

            if (best < 0)
                return events;
            var (columns, steps, exclusions) = reads[best];
            var j = next[best]++;
            merged++;
            events.Append(columns.Profiles[j], columns.Ticks[j], columns.EventIds[j], steps, exclusions,
                columns.Breakdown?[j], columns.Hold?[j], columns.Values?[j]);
        }
    }

    private static bool Before(FunnelEventColumns a, int i, FunnelEventColumns b, int j) =>
        a.Profiles[i] != b.Profiles[j] ? a.Profiles[i] < b.Profiles[j]
        : a.Ticks[i] != b.Ticks[j] ? a.Ticks[i] < b.Ticks[j]
        : a.EventIds[i] < b.EventIds[j];

    /// <summary>Adds the next event in order; the same event matched by another read is one entry with the bits combined.</summary>
    private void Append(long profile, long ticks, long eventId, uint steps, uint exclusions, string? breakdown, string? hold, double? value)
    {
        var n = Count - 1;
        if (n >= 0 && EventIds[n] == eventId && Profiles[n] == profile)
        {
            Steps[n] |= steps;
            Exclusions[n] |= exclusions;
            Breakdown[n] ??= breakdown;
            Hold[n] ??= hold;
            Values[n] ??= value;
            return;
        }

        n = Count++;
        Profiles[n] = profile;
        Ticks[n] = ticks;
        EventIds[n] = eventId;
        Steps[n] = steps;
        Exclusions[n] = exclusions;
        Breakdown[n] = breakdown;
        Hold[n] = hold;
        Values[n] = value;
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
