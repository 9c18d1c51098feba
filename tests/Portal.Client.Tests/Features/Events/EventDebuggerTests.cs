using Bunit;
using Lodestar.Portal.Client.Features.Events;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Lodestar.Portal.Client.Tests.Features.Events;

public sealed class EventDebuggerTests : BunitContext
{
    /// <summary>Long enough that no poll happens during a test that is not about live updates.</summary>
    private static readonly TimeSpan NoPolling = TimeSpan.FromHours(1);

    private static readonly TimeSpan FastPolling = TimeSpan.FromMilliseconds(25);

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    private readonly FakeEventsApi _api = new();

    /// <summary>The whole rendered tree; the select's options live in the popover provider, outside the debugger.</summary>
    private IRenderedComponent<IComponent>? _page;

    public EventDebuggerTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<IEventsApi>(_api);
        // The debugger polls only once it is interactive.
        Renderer.SetRendererInfo(new RendererInfo("Server", true));
    }

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
    public void Live_NewEventStored_AppearsOnTop()
    {
        _api.Add(FakeEventsApi.Event(1, "identify", null), FakeEventsApi.Event(2, "track", "Signed Up"));
        var cut = RenderDebugger(FastPolling);
        Assert.Equal(["Signed Up", "—"], EventNames(cut));

        _api.Add(FakeEventsApi.Event(3, "track", "Order Completed"));

        cut.WaitForAssertion(() => Assert.Equal(["Order Completed", "Signed Up", "—"], EventNames(cut)), Patience);
        Assert.Contains(_api.Calls, c => c.After == 2);
        Assert.Contains("event-fresh", Rows(cut)[0].ClassName, StringComparison.Ordinal);
        Assert.DoesNotContain("event-fresh", Rows(cut)[1].ClassName ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task LiveSwitch_Off_StopsPolling()
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        _api.Add(FakeEventsApi.Event(1, "track", "Signed Up"));
        var cut = RenderDebugger(FastPolling);
        cut.WaitForAssertion(() => Assert.True(_api.Calls.Count(c => c.After == 1) >= 2, "the debugger should poll while Live is on"), Patience);

        cut.Find("input[data-testid='live-switch']").Change(false);
        var callsWhenStopped = _api.Calls.Count;
        // A fixed wait is the point here: 20 poll intervals in which nothing may happen.
        await Task.Delay(FastPolling * 20, ct);

        // At most one poll that was already due when Live was switched off may still run.
        Assert.InRange(_api.Calls.Count, callsWhenStopped, callsWhenStopped + 1);
        Assert.False(cut.FindComponent<EventFilterBar>().Instance.Live);
        _api.Add(FakeEventsApi.Event(2, "track", "Order Completed"));
        await Task.Delay(FastPolling * 10, ct);
        Assert.Equal(["Signed Up"], EventNames(cut));
    }

    [Fact]
    public void LiveSwitch_OffAndOnAgain_ResumesPolling()
    {
        _api.Add(FakeEventsApi.Event(1, "track", "Signed Up"));
        var cut = RenderDebugger(NoPolling);

        cut.Find("input[data-testid='live-switch']").Change(false);
        Assert.Null(cut.Find("input[data-testid='live-switch']").GetAttribute("checked"));
        cut.Render(p => p.Add(x => x.PollInterval, FastPolling));
        _api.Add(FakeEventsApi.Event(2, "track", "Order Completed"));
        cut.Find("input[data-testid='live-switch']").Change(true);

        cut.WaitForAssertion(() => Assert.Equal(["Order Completed", "Signed Up"], EventNames(cut)), Patience);
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

    [Fact]
    public void Live_PollThrows_ShowsRetryingAlertAndKeepsRows()
    {
        _api.Add(FakeEventsApi.Event(1, "track", "Signed Up"));
        _api.FailPollsWith = new HttpRequestException("Connection refused");

        var cut = RenderDebugger(FastPolling);

        cut.WaitForAssertion(
            () => Assert.Contains("Live updates failed (retrying every few seconds): Connection refused", cut.Find(".mud-alert").TextContent, StringComparison.Ordinal),
            Patience);
        Assert.Equal(["Signed Up"], EventNames(cut));
    }

    [Fact]
    public void Live_PollRecoversWithoutNewEvents_ClearsTheAlert()
    {
        _api.Add(FakeEventsApi.Event(1, "track", "Signed Up"));
        _api.FailPollsWith = new HttpRequestException("Connection refused");
        var cut = RenderDebugger(FastPolling);
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".mud-alert")), Patience);

        _api.FailPollsWith = null;

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-alert")), Patience);
        Assert.Equal(["Signed Up"], EventNames(cut));
    }

    /// <summary>Renders the debugger beside a popover provider, as in the layout, so the type select can open.</summary>
    private IRenderedComponent<EventDebugger> RenderDebugger(TimeSpan pollInterval)
    {
        _page = Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<EventDebugger>(1);
            builder.AddAttribute(2, nameof(EventDebugger.PollInterval), pollInterval);
            builder.CloseComponent();
        });
        return _page.FindComponent<EventDebugger>();
    }

    private static IReadOnlyList<AngleSharp.Dom.IElement> Rows(IRenderedComponent<EventDebugger> cut) =>
        cut.FindAll("tbody tr.mud-table-row").Where(tr => tr.QuerySelector("[data-testid='event-name']") is not null).ToList();

    private static List<string> EventNames(IRenderedComponent<EventDebugger> cut) =>
        cut.FindAll("td[data-testid='event-name']").Select(td => td.TextContent.Trim()).ToList();
}
