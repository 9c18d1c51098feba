using Bunit;
using Lodestar.Portal.Client.Features.Events;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Lodestar.Portal.Client.Tests.Features.Events;

/// <summary>Rendering, filtering, paging and expanding rows.</summary>
public sealed class EventDebuggerTests : EventDebuggerTestBase
{
    [Fact]
    public void Render_TwoEvents_OneRowPerEventNewestFirst()
    {
        _api.Add(FakeEventsApi.Event(1, "identify", null), FakeEventsApi.Event(2, "track", "Signed Up"));

        var cut = RenderDebugger(NoPolling);

        Assert.Equal(2, Rows(cut).Count);
        Assert.Equal(["track", "identify"], cut.FindAll("td[data-label='Type']").Select(td => td.TextContent.Trim()));
        Assert.Equal(["Signed Up", "—"], EventNames(cut));
        Assert.Equal(new EventFilter(Limit: 50), Assert.Single(_api.Calls));
        Assert.DoesNotContain("No events yet.", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoEvents_ShowsEmptyState()
    {
        var cut = RenderDebugger(NoPolling);

        Assert.Empty(Rows(cut));
        Assert.Contains("No events yet.", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void TypeSelect_Track_ReloadsWithTypeFilter()
    {
        _api.Add(FakeEventsApi.Event(1, "identify", null), FakeEventsApi.Event(2, "track", "Signed Up"), FakeEventsApi.Event(3, "page", "Home"));
        var cut = RenderDebugger(NoPolling);
        Assert.Equal(3, Rows(cut).Count);

        cut.Find("div.mud-input-control.mud-select").MouseDown();
        _page!.FindAll(".mud-popover .mud-list-item").Single(item => item.TextContent.Trim() == "track").Click();

        var query = _api.Calls[^1];
        Assert.Equal("track", query.Type);
        Assert.Null(query.After);
        Assert.Equal(2, _api.Calls.Count);
        Assert.Equal(["Signed Up"], EventNames(cut));
        Assert.Equal("track", cut.FindComponent<EventFilterBar>().Instance.Filter.Type);
    }

    [Fact]
    public void EventNameField_Typed_ReloadsWithTrimmedEventFilterAfterDebounce()
    {
        _api.Add(FakeEventsApi.Event(1, "page", "Home"), FakeEventsApi.Event(2, "track", "Signed Up"));
        var cut = RenderDebugger(NoPolling);

        cut.Find("input[data-testid='event-filter']").Input(" Home ");

        cut.WaitForAssertion(() => Assert.Equal(["Home"], EventNames(cut)), Patience);
        Assert.Equal(new EventFilter(Limit: 50, Event: "Home"), _api.Calls[^1]);
    }

    [Fact]
    public async Task FilterChanged_NoMatches_ShowsNoMatchState()
    {
        _api.Add(FakeEventsApi.Event(1, "track", "Signed Up"));
        var cut = RenderDebugger(NoPolling);

        var bar = cut.FindComponent<EventFilterBar>();
        await cut.InvokeAsync(() => bar.Instance.FilterChanged.InvokeAsync(new DebuggerFilter(Type: "track", Event: "  Checkout  ")));

        Assert.Equal(new EventFilter(Limit: 50, Type: "track", Event: "Checkout"), _api.Calls[^1]);
        Assert.Empty(Rows(cut));
        Assert.Contains("No events match these filters.", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("No events yet.", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchOlder_FilteredPageEmptyButServerHasACursor_AsksAgainBeforeTheCursor()
    {
        _api.Add(FakeEventsApi.Event(3, "track", "Signed Up"));
        _api.CursorWhenNotFull = 1_000;
        var cut = RenderDebugger(NoPolling);
        var bar = cut.FindComponent<EventFilterBar>();
        await cut.InvokeAsync(() => bar.Instance.FilterChanged.InvokeAsync(new DebuggerFilter(Event: "Checkout")));
        _api.CursorWhenNotFull = null;
        Assert.Contains("No matches among the newest events searched so far", cut.Markup, StringComparison.Ordinal);

        cut.Find("[data-testid='load-older']").Click();

        Assert.Equal(new EventFilter(Limit: 50, Event: "Checkout", Before: 1_000), _api.Calls[^1]);
        Assert.Empty(cut.FindAll("[data-testid='load-older']"));
    }

    [Fact]
    public void RowClick_Event_ShowsIndentedRawJson()
    {
        _api.Add(FakeEventsApi.Event(7, "track", "Signed Up"));
        var cut = RenderDebugger(NoPolling);
        Assert.Empty(cut.FindAll("[data-testid='event-json']"));

        Rows(cut)[0].Click();

        var json = cut.Find("[data-testid='event-json']");
        var pre = json.QuerySelector("pre")!.TextContent;
        Assert.StartsWith("{\n", pre.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\n  \"type\": \"track\",", pre.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\n    \"plan\": \"pro\"", pre.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("messageId m-7", json.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void RowClick_Twice_HidesJsonAgain()
    {
        _api.Add(FakeEventsApi.Event(7, "track", "Signed Up"));
        var cut = RenderDebugger(NoPolling);

        Rows(cut)[0].Click();
        Assert.Single(cut.FindAll("[data-testid='event-json']"));
        Rows(cut)[0].Click();

        Assert.Empty(cut.FindAll("[data-testid='event-json']"));
    }

    [Fact]
    public void Render_ApiThrows_ShowsErrorAlert()
    {
        _api.FailWith = new ApiException(503, "The database is not reachable.");

        var cut = RenderDebugger(NoPolling);

        var alert = cut.Find(".mud-alert");
        Assert.Contains("The events could not be loaded: The database is not reachable.", alert.TextContent, StringComparison.Ordinal);
        Assert.Contains("mud-alert-text-error", alert.ClassName, StringComparison.Ordinal);
        Assert.Empty(Rows(cut));
    }

    [Fact]
    public async Task Refresh_AfterApiRecovers_ClearsErrorAndShowsEvents()
    {
        _api.FailWith = new ApiException(503, "The database is not reachable.");
        var cut = RenderDebugger(NoPolling);
        Assert.Single(cut.FindAll(".mud-alert"));

        _api.FailWith = null;
        _api.Add(FakeEventsApi.Event(1, "track", "Signed Up"));
        await cut.InvokeAsync(() => cut.FindComponent<EventFilterBar>().Instance.Refresh.InvokeAsync());

        Assert.Empty(cut.FindAll(".mud-alert"));
        Assert.Equal(["Signed Up"], EventNames(cut));
    }
}
