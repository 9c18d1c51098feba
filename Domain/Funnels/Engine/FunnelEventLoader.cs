using System.Text.Json;
using Lodestar.Domain.Data;
using Lodestar.Domain.Segments.Queries;
using Lodestar.Domain.Segments.Rules;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Funnels.Engine;

/// <summary>
/// Reads the events a funnel needs from SegmentEvents: one range read per distinct event-and-filters of the steps
/// and exclusions, over the date range plus the conversion window (the (name, time) key makes each a narrow range);
/// a strict funnel also reads every other event in that time, since any of them breaks a sequence. The reads run in
/// parallel, each on a context of its own (SQLite serves concurrent readers; at R1 reading is most of a query's time).
/// </summary>
internal sealed class FunnelEventLoader(IDbContextFactory<PortalDbContext> contexts, DateTime now)
{
    /// <summary>Of the last load: reading the rows, and ordering them by person and time (for the benchmark's breakdown).</summary>
    public (double ReadMs, double SortMs) LastTimings { get; private set; }

    public async Task<(FunnelEvents Events, long Read)> LoadAsync(FunnelQuery query, CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var start = query.EntryStart;
        var end = query.EntryEnd + query.Window;
        var reads = Matchers(query).ToList();
        if (query.Order == FunnelOrder.Strict)
            reads.Add(new FunnelMatcher("", []));
        var parts = new List<FunnelEventRow>[reads.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, reads.Count), options, async (i, ct) =>
        {
            var matcher = reads[i];
            var rows = parts[i] = [];
            await using var db = contexts.CreateDbContext();
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
            var source = Read(db, now, query, matcher, start, end);
            var plain = matcher.Event.Length == 0 ? query with { Breakdown = null, HoldConstant = [], ValueProperty = null } : query;
            await FunnelEventReader.ReadAsync(db, source, plain, matcher, rows, ct);
        });
        var all = new List<FunnelEventRow>(parts.Sum(p => p.Count));
        foreach (var part in parts)
            all.AddRange(part);
        var read = watch.Elapsed.TotalMilliseconds;
        var events = FunnelEvents.From(all);
        LastTimings = (read, watch.Elapsed.TotalMilliseconds - read);
        return (events, all.Count);
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
