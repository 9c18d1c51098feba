using Lodestar.Domain.Events;
using Lodestar.Domain.Ingestion;
using Lodestar.Domain.Tests.Ingestion;
using Lodestar.Testing;

namespace Lodestar.Domain.Tests.Events;

public sealed class EventQueryServiceTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    private static async Task<DomainTestHost> HostWithEventsAsync()
    {
        var host = await DomainTestHost.StartAsync();
        var events = Enumerable.Range(1, 6).Select(i =>
        {
            var e = EventSinkTests.Event($"m{i}");
            e.Type = i % 2 == 0 ? MessageType.Page : MessageType.Track;
            e.Name = i % 2 == 0 ? "Home" : "Clicked";
            e.UserId = i <= 3 ? "u-1" : null;
            e.AnonymousId = $"a-{i % 3}";
            return e;
        }).ToList();
        await host.Get<IEventWriter>().WriteAsync(events, Ct);
        return host;
    }

    [Fact]
    public async Task ListAsync_NoFilter_NewestFirstUpToLimit()
    {
        await using var host = await HostWithEventsAsync();

        var items = await host.Get<EventQueryService>().ListAsync(new EventQuery(Limit: 4), Ct);

        Assert.Equal(["m6", "m5", "m4", "m3"], items.Select(i => i.MessageId));
    }

    [Fact]
    public async Task ListAsync_TypeAndName_Filtered()
    {
        await using var host = await HostWithEventsAsync();
        var query = host.Get<EventQueryService>();

        var pages = await query.ListAsync(new EventQuery(Type: MessageType.Page), Ct);
        var clicks = await query.ListAsync(new EventQuery(Name: "Clicked"), Ct);

        Assert.Equal(["m6", "m4", "m2"], pages.Select(i => i.MessageId));
        Assert.Equal(["m5", "m3", "m1"], clicks.Select(i => i.MessageId));
    }

    [Fact]
    public async Task ListAsync_UserMatchesUserIdOrAnonymousId()
    {
        await using var host = await HostWithEventsAsync();
        var query = host.Get<EventQueryService>();

        var byUser = await query.ListAsync(new EventQuery(User: "u-1"), Ct);
        var byAnonymous = await query.ListAsync(new EventQuery(User: "a-0"), Ct);
        var exactAnonymous = await query.ListAsync(new EventQuery(AnonymousId: "a-1", UserId: "u-1"), Ct);

        Assert.Equal(["m3", "m2", "m1"], byUser.Select(i => i.MessageId));
        Assert.Equal(["m6", "m3"], byAnonymous.Select(i => i.MessageId));
        Assert.Equal(["m1"], exactAnonymous.Select(i => i.MessageId));
    }

    [Fact]
    public async Task ListAsync_BeforeAndAfter_PageBackAndTailForward()
    {
        await using var host = await HostWithEventsAsync();
        var query = host.Get<EventQueryService>();
        var newest = await query.ListAsync(new EventQuery(Limit: 2), Ct);

        var older = await query.ListAsync(new EventQuery(Limit: 2, BeforeId: newest[^1].Id), Ct);
        var newer = await query.ListAsync(new EventQuery(AfterId: older[0].Id), Ct);

        Assert.Equal(["m4", "m3"], older.Select(i => i.MessageId));
        Assert.Equal(["m6", "m5"], newer.Select(i => i.MessageId));
    }
}
