using System.Text.Json;
using Lodestar.Domain.Data;
using Lodestar.Domain.Segments.Facts;
using Lodestar.Domain.Segments.Queries;
using Lodestar.Domain.Segments.Rules;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Funnels.Engine;

/// <summary>
/// Reads the events a funnel needs from SegmentEvents: one range read per distinct event-and-filters of the steps
/// and exclusions, over the date range plus the conversion window (the (name, time) key makes each a narrow range);
/// a strict funnel also reads every other event in that time, since any of them breaks a sequence. The reads run in
/// parallel, each on a context of its own (SQLite serves concurrent readers; at R1 reading is most of a query's time),
/// and with a <see cref="FunnelEventCache"/> a read already in memory at the current data stamp is not read again.
/// </summary>
internal sealed class FunnelEventLoader(IDbContextFactory<PortalDbContext> contexts, DateTime now, FunnelEventCache? cache = null)
{
    /// <summary>Of the last load: reading the rows (or finding them cached), and merging them in person and time order.</summary>
    public (double ReadMs, double SortMs) LastTimings { get; private set; }

    public async Task<(FunnelEvents Events, long Read)> LoadAsync(FunnelQuery query, CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var start = query.EntryStart;
        var end = query.EntryEnd + query.Window;
        var reads = Matchers(query).ToList();
        if (query.Order == FunnelOrder.Strict)
            reads.Add(new FunnelMatcher("", []));
        var stamp = cache is null ? null : await StampAsync(cancellationToken);
        var parts = new (FunnelEventColumns Columns, uint Steps, uint Exclusions)[reads.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, reads.Count), options, async (i, ct) =>
        {
            var matcher = reads[i];
            var shape = matcher.Event.Length == 0 ? query with { Breakdown = null, HoldConstant = [], ValueProperty = null } : query;
            var key = stamp is null ? null : FunnelEventCache.KeyOf(shape, matcher);
            var columns = key is null ? null : cache!.Get(key, stamp!, start.Ticks, end.Ticks);
            if (columns is null)
            {
                var (from, to) = key is null ? (start.Ticks, end.Ticks) : cache!.RangeFor(key, start.Ticks, end.Ticks);
                columns = await ReadAsync(shape, matcher, new DateTime(from, DateTimeKind.Utc), new DateTime(to, DateTimeKind.Utc), ct);
                if (key is not null)
                    cache!.Put(key, stamp!, columns);
            }

            parts[i] = (columns, matcher.Steps, matcher.Exclusions);
        });
        var read = watch.Elapsed.TotalMilliseconds;
        var events = FunnelEvents.Merge(parts, start.Ticks, end.Ticks, out var merged);
        LastTimings = (read, watch.Elapsed.TotalMilliseconds - read);
        return (events, merged);
    }

    private async Task<string> StampAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await SegmentEventsVersion.ReadAsync(db, cancellationToken);
    }

    private async Task<FunnelEventColumns> ReadAsync(FunnelQuery shape, FunnelMatcher matcher, DateTime from, DateTime to, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
        var rows = new List<FunnelEventRow>();
        await FunnelEventReader.ReadAsync(db, Read(db, now, shape, matcher, from, to), shape, rows, cancellationToken);
        return FunnelEventColumns.Of(rows, from.Ticks, to.Ticks, shape);
    }

    /// <summary>
    /// One read: a matcher's events with the columns the query needs, or (a matcher without a name) every event's
    /// person, time and id for a strict funnel to place the other events.
    /// </summary>
    internal static IQueryable<FunnelEventData> Read(PortalDbContext db, DateTime now, FunnelQuery query, FunnelMatcher matcher, DateTime start, DateTime end) =>
        matcher.Event.Length == 0
            ? db.SegmentEvents.AsNoTracking().Where(e => e.Timestamp >= start && e.Timestamp < end)
                .Select(e => new FunnelEventData { ProfileId = e.ProfileId, Timestamp = e.Timestamp, EventId = e.EventId })
            : new EventSets(db, now).Matching(matcher.Event, null, matcher.Filters)
                .Where(e => e.Timestamp >= start && e.Timestamp < end).AsNoTracking().Select(FunnelProjection.Of(query));

    /// <summary>Each person's value of the breakdown trait (as text), for breakdowns by a profile trait.</summary>
    public async Task<Dictionary<long, string>?> TraitsAsync(FunnelQuery query, CancellationToken cancellationToken)
    {
        if (query.Breakdown is not { Source: FunnelBreakdownSource.Profile } breakdown)
            return null;
        await using var db = contexts.CreateDbContext();
        var key = breakdown.Property;
        var traits = await db.ProfileTraits.AsNoTracking().Where(t => t.Key == key)
            .Select(t => new { t.ProfileId, Text = JsonSql.Text(t.Value, "$") }).Where(t => t.Text != null)
            .ToListAsync(cancellationToken);
        return traits.ToDictionary(t => t.ProfileId, t => t.Text!);
    }

    /// <summary>Steps and exclusions with the same event and filters are read once, with all their bits.</summary>
    private static IEnumerable<FunnelMatcher> Matchers(FunnelQuery query)
    {
        var matchers = new Dictionary<string, FunnelMatcher>(StringComparer.Ordinal);
        FunnelMatcher For(string name, IReadOnlyList<PropertyFilter> filters)
        {
            var key = name + "\u001f" + JsonSerializer.Serialize(filters);
            return matchers.TryGetValue(key, out var m) ? m : matchers[key] = new FunnelMatcher(name, filters);
        }

        for (var k = 0; k < query.Steps.Count; k++)
            For(query.Steps[k].Event, query.Steps[k].Filters).Steps |= 1u << k;
        for (var x = 0; x < query.Exclusions.Count; x++)
            For(query.Exclusions[x].Event, query.Exclusions[x].Filters).Exclusions |= 1u << x;
        return matchers.Values;
    }
}
