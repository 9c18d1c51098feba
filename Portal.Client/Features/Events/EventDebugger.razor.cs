using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Events;

/// <summary>
/// Segment-style debugger: loads the newest events, then (while Live is on and the page is interactive) asks every
/// few seconds for events newer than the newest shown and puts them on top.
/// </summary>
public partial class EventDebugger
{
    private const int PageSize = 50;
    private const int MaxShown = 500;

    private readonly List<EventDto> _events = [];
    private readonly HashSet<long> _expanded = [];
    private HashSet<long> _fresh = [];
    private DebuggerFilter _filter = new();
    private bool _live = true;
    private bool _loading;
    private bool _hasOlder;
    private string? _error;
    private CancellationTokenSource? _polling;

    [Inject]
    private IEventsApi Api { get; set; } = default!;

    [Parameter]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    protected override Task OnInitializedAsync() => ReloadAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
            StartPolling();
    }

    private async Task ReloadAsync()
    {
        await RunAsync(async () =>
        {
            var page = await Api.ListAsync(_filter.ToQuery(PageSize));
            _events.Clear();
            _events.AddRange(page);
            _fresh = [];
            _hasOlder = page.Count == PageSize;
        });
    }

    private async Task LoadOlderAsync()
    {
        await RunAsync(async () =>
        {
            var page = await Api.ListAsync(_filter.ToQuery(PageSize, before: _events[^1].Id));
            _events.AddRange(page);
            _hasOlder = page.Count == PageSize;
        });
    }

    private async Task PollOnceAsync()
    {
        var newest = _events.Count > 0 ? _events[0].Id : (long?)null;
        var arrived = await Api.ListAsync(_filter.ToQuery(200, after: newest));
        if (arrived.Count == 0)
            return;
        _events.InsertRange(0, arrived);
        if (_events.Count > MaxShown)
            _events.RemoveRange(MaxShown, _events.Count - MaxShown);
        _fresh = arrived.Select(e => e.Id).ToHashSet();
        _error = null;
    }

    private void StartPolling()
    {
        _polling?.Cancel();
        if (!_live)
            return;
        var cancellation = _polling = new CancellationTokenSource();
        _ = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(PollInterval);
            while (await timer.WaitForNextTickAsync(cancellation.Token).ConfigureAwait(false))
            {
                await InvokeAsync(async () =>
                {
                    try
                    {
                        await PollOnceAsync();
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        _error = "Live updates paused: " + ex.Message;
                    }

                    StateHasChanged();
                });
            }
        }, cancellation.Token);
    }

    private async Task OnFilterChangedAsync(DebuggerFilter filter)
    {
        _filter = filter;
        _expanded.Clear();
        await ReloadAsync();
    }

    private void OnLiveChanged(bool live)
    {
        _live = live;
        if (live)
            StartPolling();
        else
            _polling?.Cancel();
    }

    private void OnRowClick(TableRowClickEventArgs<EventDto> args)
    {
        if (args.Item is { } item && !_expanded.Remove(item.Id))
            _expanded.Add(item.Id);
    }

    private async Task RunAsync(Func<Task> load)
    {
        _loading = true;
        try
        {
            await load();
            _error = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = "The events could not be loaded: " + ex.Message;
        }
        finally
        {
            _loading = false;
        }
    }

    public ValueTask DisposeAsync()
    {
        _polling?.Cancel();
        _polling?.Dispose();
        return ValueTask.CompletedTask;
    }
}
