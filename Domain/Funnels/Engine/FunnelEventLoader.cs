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
    public async Task<(FunnelEvents Events, long Read)> LoadAsync(FunnelQuery query, CancellationToken cancellationToken)
    {
        var start = query.EntryStart;
        var end = query.EntryEnd + query.Window;
        var projection = FunnelProjection.Of(query);
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
            // The strict funnel's read of every event has no name: it only places the other events.
            var events = matcher.Event.Length == 0
                ? db.SegmentEvents.AsNoTracking().Where(e => e.Timestamp >= start && e.Timestamp < end)
                    .Select(e => new FunnelEventData { ProfileId = e.ProfileId, Timestamp = e.Timestamp, EventId = e.EventId })
                : new EventSets(db, now).Matching(matcher.Event, null, matcher.Filters)
                    .Where(e => e.Timestamp >= start && e.Timestamp < end).AsNoTracking().Select(projection);
            var plain = matcher.Event.Length == 0 ? query with { Breakdown = null, HoldConstant = [], ValueProperty = null } : query;
            await foreach (var e in FunnelEventReader.ReadAsync(db, events, plain, ct))
                rows.Add(new FunnelEventRow(e.ProfileId, e.Timestamp, e.EventId, matcher.Steps, matcher.Exclusions, e.Breakdown, HoldKey(query, e), e.Value));
        });
        var all = new List<FunnelEventRow>(parts.Sum(p => p.Count));
        foreach (var part in parts)
            all.AddRange(part);
        return (FunnelEvents.From(all), all.Count);
    }

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

    /// <summary>The held-constant values as one key; null when any is missing (such an event cannot be a step).</summary>
    private static string? HoldKey(FunnelQuery query, FunnelEventData e) => query.HoldConstant.Count switch
    {
        0 => null,
        1 => e.Hold1,
        2 => e.Hold1 is null || e.Hold2 is null ? null : e.Hold1 + "\u001f" + e.Hold2,
        _ => e.Hold1 is null || e.Hold2 is null || e.Hold3 is null ? null : e.Hold1 + "\u001f" + e.Hold2 + "\u001f" + e.Hold3,
    };
}
