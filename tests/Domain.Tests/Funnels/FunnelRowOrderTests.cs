using Lodestar.Domain.Funnels.Engine;

namespace Lodestar.Domain.Tests.Funnels;

public sealed class FunnelRowOrderTests
{
    [Theory]
    [InlineData(50, 3)]
    [InlineData(50, 100_000_000)]
    [InlineData(2, 200)]
    public void Sort_RandomRows_OrdersByPersonTimeAndEventId(int people, long idSpread)
    {
        var random = new Random(people);
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var rows = Enumerable.Range(0, 2_000)
            .Select(i => new FunnelEventRow(random.Next(people) * idSpread, start.AddSeconds(random.Next(500)), random.Next(1_000_000), 1))
            .ToList();

        var order = FunnelRowOrder.Sort(rows);

        var expected = rows.Select((r, i) => (r, i)).OrderBy(x => x.r.ProfileId).ThenBy(x => x.r.Timestamp).ThenBy(x => x.r.EventId).Select(x => x.r);
        Assert.Equal(expected, order.Select(i => rows[i]));
    }

    [Fact]
    public void Sort_NoRows_IsEmpty() => Assert.Empty(FunnelRowOrder.Sort([]));
}
