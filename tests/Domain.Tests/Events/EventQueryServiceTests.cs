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

        var items = (await host.Get<EventQueryService>().ListAsync(new EventQuery(Limit: 4), Ct)).Items;

        Assert.Equal(["m6", "m5", "m4", "m3"], items.Select(i => i.MessageId));
    }

    [Fact]
    public async Task ListAsync_TypeAndName_Filtered()
    {
        await using var host = await HostWithEventsAsync();
        var query = host.Get<EventQueryService>();

        var pages = (await query.ListAsync(new EventQuery(Type: MessageType.Page), Ct)).Items;
        var clicks = (await query.ListAsync(new EventQuery(Name: "Clicked"), Ct)).Items;

        Assert.Equal(["m6", "m4", "m2"], pages.Select(i => i.MessageId));
        Assert.Equal(["m5", "m3", "m1"], clicks.Select(i => i.MessageId));
    }

    [Fact]
    public async Task ListAsync_UserMatchesUserIdOrAnonymousId()
    {
        await using var host = await HostWithEventsAsync();
        var query = host.Get<EventQueryService>();

        var byUser = (await query.ListAsync(new EventQuery(User: "u-1"), Ct)).Items;
        var byAnonymous = (await query.ListAsync(new EventQuery(User: "a-0"), Ct)).Items;
        var exactAnonymous = (await query.ListAsync(new EventQuery(AnonymousId: "a-1", UserId: "u-1"), Ct)).Items;

        Assert.Equal(["m3", "m2", "m1"], byUser.Select(i => i.MessageId));
        Assert.Equal(["m6", "m3"], byAnonymous.Select(i => i.MessageId));
        Assert.Equal(["m1"], exactAnonymous.Select(i => i.MessageId));
    }

    [Fact]
    public async Task ListAsync_BeforeAndAfter_PageBackAndTailForward()
    {
        await using var host = await HostWithEventsAsync();
        var query = host.Get<EventQueryService>();
        var newest = (await query.ListAsync(new EventQuery(Limit: 2), Ct)).Items;

        var older = (await query.ListAsync(new EventQuery(Limit: 2, BeforeId: newest[^1].Id), Ct)).Items;
        var newer = (await query.ListAsync(new EventQuery(AfterId: older[0].Id), Ct)).Items;

        Assert.Equal(["m4", "m3"], older.Select(i => i.MessageId));
        Assert.Equal(["m6", "m5"], newer.Select(i => i.MessageId));
    }

    [Fact]
    public async Task ListAsync_FilterBeyondScanWindow_EmptyPageWithCursorThenFindsOlderMatch()
    {
        await using var host = await HostWithEventsAsync();
        var query = host.Get<EventQueryService>();

        // m1..m3 carry u-1; a window of 2 events from the newest (m6, m5) finds none of them.
        var first = await query.ListAsync(new EventQuery(UserId: "u-1", ScanWindow: 2), Ct);
        var second = await query.ListAsync(new EventQuery(UserId: "u-1", ScanWindow: 2, BeforeId: first.NextBefore), Ct);
        var third = await query.ListAsync(new EventQuery(UserId: "u-1", ScanWindow: 2, BeforeId: second.NextBefore), Ct);

        Assert.Empty(first.Items);
        Assert.NotNull(first.NextBefore);
        Assert.Equal(["m3"], second.Items.Select(i => i.MessageId));
        Assert.Equal(["m2", "m1"], third.Items.Select(i => i.MessageId));
        Assert.Null(third.NextBefore);
    }

    [Fact]
    public async Task ListAsync_UnfilteredFullPage_CursorIsTheLastId()
    {
        await using var host = await HostWithEventsAsync();

        var page = await host.Get<EventQueryService>().ListAsync(new EventQuery(Limit: 6), Ct);
        var beyond = await host.Get<EventQueryService>().ListAsync(new EventQuery(Limit: 6, BeforeId: page.NextBefore), Ct);

        Assert.Equal(page.Items[^1].Id, page.NextBefore);
        Assert.Empty(beyond.Items);
        Assert.Null(beyond.NextBefore);
    }
}
