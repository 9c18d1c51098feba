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
    private const int MaxArrivalsPerPoll = 200;

    private readonly List<EventDto> _events = [];
    private readonly HashSet<long> _expanded = [];
    private HashSet<long> _fresh = [];
    private DebuggerFilter _filter = new();
    private bool _live = true;
    private bool _loading;
    private long? _nextBefore;
    private string? _error;
    private CancellationTokenSource? _polling;
    private int _generation;

    [Inject]
    private IEventsApi Api { get; set; } = default!;

    [Parameter]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    private string EmptyTitle => _filter == new DebuggerFilter() ? "No events yet."
        : _nextBefore is not null ? "No matches among the newest events searched so far: search older events below."
        : "No events match these filters.";

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
            _generation++;
            var page = await Api.ListAsync(_filter.ToQuery(PageSize));
            _events.Clear();
            _events.AddRange(page.Items);
            _fresh = [];
            _nextBefore = page.NextBefore;
        });
    }

    private async Task LoadOlderAsync()
    {
        await RunAsync(async () =>
        {
            var page = await Api.ListAsync(_filter.ToQuery(PageSize, before: _nextBefore));
            _events.AddRange(page.Items);
            _nextBefore = page.NextBefore;
        });
    }

    private async Task PollOnceAsync()
    {
        var generation = _generation;
        var newest = _events.Count > 0 ? _events[0].Id : (long?)null;
        var arrived = (await Api.ListAsync(_filter.ToQuery(MaxArrivalsPerPoll, after: newest))).Items;
        // A reload (new filter, refresh) happened meanwhile: these answer an old question.
        if (generation != _generation)
            return;
        _error = null;
        if (arrived.Count == MaxArrivalsPerPoll)
        {
            // More arrived than one poll fetches: show the newest page rather than a list with a hidden gap.
            await ReloadAsync();
            return;
        }

        if (arrived.Count == 0)
            return;
        _events.InsertRange(0, arrived);
        if (_events.Count > MaxShown)
            _events.RemoveRange(MaxShown, _events.Count - MaxShown);
        _fresh = arrived.Select(e => e.Id).ToHashSet();
    }

    private void StartPolling()
    {
        StopPolling();
        if (!_live)
            return;
        _polling = new CancellationTokenSource();
        var token = _polling.Token;
        _ = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(PollInterval);
            while (await timer.WaitForNextTickAsync(token).ConfigureAwait(false))
            {
                await InvokeAsync(async () =>
                {
                    if (token.IsCancellationRequested)
                        return;
                    try
                    {
                        await PollOnceAsync();
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        _error = "Live updates failed (retrying every few seconds): " + ex.Message;
                    }

                    StateHasChanged();
                });
            }
        }, token);
    }

    private void StopPolling()
    {
        _polling?.Cancel();
        _polling?.Dispose();
        _polling = null;
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
            StopPolling();
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
        StopPolling();
        return ValueTask.CompletedTask;
    }
}
