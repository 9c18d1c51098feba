using Bunit;
using Lodestar.Portal.Client.Features.Events;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Lodestar.Portal.Client.Tests.Features.Events;

/// <summary>Live updates: polling for new events, switching Live off and on, and failures while polling.</summary>
public sealed class EventDebuggerLiveTests : EventDebuggerTestBase
{
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
}
