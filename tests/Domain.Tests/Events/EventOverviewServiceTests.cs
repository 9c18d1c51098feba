using Lodestar.Domain.Events;
using Lodestar.Domain.Ingestion;
using Lodestar.Domain.Tests.Ingestion;
using Lodestar.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Domain.Tests.Events;

public sealed class EventOverviewServiceTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 15, 0, 0, TimeSpan.Zero);

    private static TrackedEvent At(string id, DateTime timestamp, MessageType type = MessageType.Track)
    {
        var e = EventSinkTests.Event(id);
        e.Timestamp = timestamp;
        e.Type = type;
        return e;
    }

    [Fact]
    public async Task GetAsync_EventsAcrossDays_CountsByWindowAndDayFromTheWriter()
    {
        await using var host = await DomainTestHost.StartAsync(configure: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
        var today = new DateTime(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);
        await host.Get<IEventWriter>().WriteAsync(
        [
            At("t1", today), At("t2", today, MessageType.Page), At("d3", today.AddDays(-3)), At("d10", today.AddDays(-10)),
            At("d40", today.AddDays(-40)), At("t1", today),
        ], Ct);

        var overview = await host.Get<EventOverviewService>().GetAsync(Ct);

        Assert.Equal(5, overview.TotalEvents);
        Assert.Equal((2L, 3L, 4L), (overview.EventsToday, overview.EventsLast7Days, overview.EventsLast30Days));
        Assert.Equal(
            [(new DateOnly(2026, 2, 28), MessageType.Track, 1L), (new DateOnly(2026, 3, 7), MessageType.Track, 1L),
             (new DateOnly(2026, 3, 10), MessageType.Track, 1L), (new DateOnly(2026, 3, 10), MessageType.Page, 1L)],
            overview.DailyVolume.Select(v => (v.Day, v.Type, v.Count)));
        Assert.NotNull(overview.LastReceivedAt);
    }

    [Fact]
    public async Task GetAsync_EmptyDatabase_ZerosAndNoLastReceived()
    {
        await using var host = await DomainTestHost.StartAsync();

        var overview = await host.Get<EventOverviewService>().GetAsync(Ct);

        Assert.Equal(0, overview.TotalEvents);
        Assert.Empty(overview.DailyVolume);
        Assert.Null(overview.LastReceivedAt);
    }
}
