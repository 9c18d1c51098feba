using System.Text.Json;
using Lodestar.Domain.Data;
using Lodestar.Domain.Segments.Queries;
using Lodestar.Domain.Segments.Rules;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Funnels.Engine;

/// <summary>
/// Reads the events a funnel needs from SegmentEvents: one range read per distinct event-and-filters of the steps
/// and exclusions, over the date range plus the conversion window (the (name, time) key makes each a narrow range);
/// a strict funnel also reads every other event in that time, since any of them breaks a sequence.
/// </summary>
internal sealed class FunnelEventLoader(PortalDbContext db, DateTime now)
{
    public async Task<(FunnelEvents Events, long Read)> LoadAsync(FunnelQuery query, CancellationToken cancellationToken)
    {
        var start = query.EntryStart;
        var end = query.EntryEnd + query.Window;
        var projection = FunnelProjection.Of(query);
        var rows = new List<FunnelEventRow>();
        var sets = new EventSets(db, now);
        foreach (var matcher in Matchers(query))
        {
            var events = sets.Matching(matcher.Event, null, matcher.Filters)
                .Where(e => e.Timestamp >= start && e.Timestamp < end).AsNoTracking().Select(projection);
            await foreach (var e in FunnelEventReader.ReadAsync(db, events, query, cancellationToken))
                rows.Add(new FunnelEventRow(e.ProfileId, e.Timestamp, e.EventId, matcher.Steps, matcher.Exclusions, e.Breakdown, HoldKey(query, e), e.Value));
        }

        if (query.Order == FunnelOrder.Strict)
        {
            var others = db.SegmentEvents.AsNoTracking().Where(e => e.Timestamp >= start && e.Timestamp < end)
                .Select(e => new FunnelEventData { ProfileId = e.ProfileId, Timestamp = e.Timestamp, EventId = e.EventId });
            await foreach (var e in others.AsAsyncEnumerable().WithCancellation(cancellationToken))
                rows.Add(new FunnelEventRow(e.ProfileId, e.Timestamp, e.EventId, 0));
        }

        var read = rows.Count;
        return (FunnelEvents.From(rows), read);
    }

    /// <summary>Each person's value of the breakdown trait (as text), for breakdowns by a profile trait.</summary>
    public async Task<Dictionary<long, string>?> TraitsAsync(FunnelQuery query, CancellationToken cancellationToken)
    {
        if (query.Breakdown is not { Source: FunnelBreakdownSource.Profile } breakdown)
            return null;
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
