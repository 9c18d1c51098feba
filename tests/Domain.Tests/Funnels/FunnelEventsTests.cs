using Lodestar.Domain.Funnels;
using Lodestar.Domain.Funnels.Engine;

namespace Lodestar.Domain.Tests.Funnels;

public sealed class FunnelEventsTests
{
    private static readonly DateTime Start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(3, 400)]
    [InlineData(40, 50)]
    public void Merge_OverlappingReadsCutToARange_EqualsSortingTheRowsInRange(int people, int seconds)
    {
        var random = new Random(people);
        var events = Enumerable.Range(1, 1_500)
            .Select(id => (Person: (long)random.Next(people), At: Start.AddSeconds(random.Next(seconds)), Id: (long)id, Channel: $"c{id % 3}"))
            .ToList();
        // Three reads (steps 1, 2 and 3); some events are in two of them, as when two steps share an event name.
        var reads = Enumerable.Range(0, 3).Select(r => events.Where(e => e.Id % 3 == r || (r == 2 && e.Id % 5 == 0)).ToList()).ToList();
        var (from, to) = (Start.AddSeconds(seconds / 4), Start.AddSeconds(seconds * 3 / 4));
        var shape = new FunnelQuery { Steps = [], Breakdown = new FunnelBreakdown(FunnelBreakdownSource.Event, "context.campaign.source") };

        var merged = FunnelEvents.Merge([.. reads.Select((read, r) => (
            FunnelEventColumns.Of([.. read.Select(e => new FunnelEventRow(e.Person, e.At, e.Id, 0, Breakdown: e.Channel))], Start.Ticks, Start.AddSeconds(seconds).Ticks, shape),
            1u << r, 0u))], from.Ticks, to.Ticks, out var taken);

        var inRange = reads.SelectMany((read, r) => read.Where(e => e.At >= from && e.At < to)
            .Select(e => new FunnelEventRow(e.Person, e.At, e.Id, 1u << r, Breakdown: e.Channel))).ToList();
        var expected = FunnelEvents.From(inRange);
        Assert.Equal(inRange.Count, taken);
        Assert.Equal(expected.Count, merged.Count);
        Assert.Equal(Columns(expected), Columns(merged));
    }

    private static IEnumerable<(long, long, long, uint, string?)> Columns(FunnelEvents events) =>
        Enumerable.Range(0, events.Count).Select(i => (events.Profiles[i], events.Ticks[i], events.EventIds[i], events.Steps[i], events.Breakdown[i]));
}
