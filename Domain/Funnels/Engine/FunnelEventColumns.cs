namespace Lodestar.Domain.Funnels.Engine;

/// <summary>
/// One read's events (a matcher's, over a time range) column by column, ordered by person, then time, then event id:
/// what the funnel event cache keeps between queries, and what a query merges into its <see cref="FunnelEvents"/>.
/// The value columns are null when the query shape that read them had no breakdown, held property or value.
/// </summary>
internal sealed class FunnelEventColumns
{
    private FunnelEventColumns(int count, bool breakdown, bool hold, bool value)
    {
        Profiles = new long[count];
        Ticks = new long[count];
        EventIds = new long[count];
        Breakdown = breakdown ? new string?[count] : null;
        Hold = hold ? new string?[count] : null;
        Values = value ? new double?[count] : null;
    }

    /// <summary>The time range the rows cover, [From, To) in ticks: every event of the read in it is here.</summary>
    public long From { get; private init; }

    public long To { get; private init; }

    public int Count => Profiles.Length;

    public long[] Profiles { get; }

    public long[] Ticks { get; }

    public long[] EventIds { get; }

    public string?[]? Breakdown { get; }

    public string?[]? Hold { get; }

    public double?[]? Values { get; }

    public bool Covers(long from, long to) => From <= from && to <= To;

    /// <summary>The rows (any order) as columns in person and time order; text values share one copy per distinct value.</summary>
    public static FunnelEventColumns Of(List<FunnelEventRow> rows, long from, long to, FunnelQuery shape)
    {
        var columns = new FunnelEventColumns(rows.Count, shape.Breakdown is { Source: FunnelBreakdownSource.Event }, shape.HoldConstant.Count > 0,
            shape.ValueProperty is not null) { From = from, To = to };
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Shared(string? text) => text is null ? null : texts.TryGetValue(text, out var known) ? known : texts[text] = text;
        var order = FunnelRowOrder.Sort(rows);
        for (var i = 0; i < order.Length; i++)
        {
            var row = rows[order[i]];
            columns.Profiles[i] = row.ProfileId;
            columns.Ticks[i] = row.Timestamp.Ticks;
            columns.EventIds[i] = row.EventId;
            columns.Breakdown?[i] = Shared(row.Breakdown);
            columns.Hold?[i] = Shared(row.Hold);
            columns.Values?[i] = row.Value;
        }

        return columns;
    }
}
