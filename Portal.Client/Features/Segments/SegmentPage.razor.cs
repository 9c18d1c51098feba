using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Segments;

/// <summary>
/// A segment: its state and rule, its members, its size over time and its versions. "Refresh now" queues a refresh and
/// the page follows it until it finishes (as it does when it opens on a segment being computed).
/// </summary>
public sealed partial class SegmentPage : IDisposable
{
    private SegmentDto? _segment;
    private IReadOnlyList<SegmentRefreshDto> _refreshes = [];
    private IReadOnlyList<SegmentVersionDto> _versions = [];
    private SegmentSchemaDto? _schema;
    private SegmentMembers? _members;
    private RefreshFollower _follower = default!;
    private string? _error;
    private string? _actionError;
    private bool _refreshing;
    private int _tab;

    [Parameter]
    public long Id { get; set; }

    /// <summary>How often a refresh under way is checked.</summary>
    [Parameter]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    [Inject]
    private ISegmentsApi Api { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private List<BreadcrumbItem> Crumbs => [new("Segments", "segments"), new(_segment?.Name ?? $"Segment {Id}", null, disabled: true)];

    protected override void OnInitialized() => _follower = new RefreshFollower(Api, PollInterval);

    protected override async Task OnParametersSetAsync()
    {
        (_segment, _error, _actionError) = (null, null, null);
        try
        {
            _segment = await Api.GetAsync(Id);
            (_refreshes, _versions) = (await Api.RefreshesAsync(Id), await Api.HistoryAsync(Id));
        }
        catch (ApiException ex)
        {
            _error = ex.Message;
            return;
        }

        _schema ??= await SchemaOrNullAsync();
        // Saving queues a computation: a new rule segment is followed until its first refresh, as one being computed is.
        // A prerendered page follows nothing; its interactive render does.
        if (!RendererInfo.IsInteractive)
            return;
        if (_segment.Status == "computing")
            Follow(newerThan: null);
        else if (_segment is { Status: "new", Kind: "dynamic" })
            Follow(newerThan: _refreshes.Count == 0 ? 0 : _refreshes.Max(r => r.Id));
    }

    public void Dispose() => _follower.Dispose();

    private async Task<SegmentSchemaDto?> SchemaOrNullAsync()
    {
        try
        {
            return await Api.SchemaAsync();
        }
        catch (ApiException)
        {
            // Only names stages, owners and segments in the rule's words; ids do without it.
            return null;
        }
    }

    private async Task RefreshAsync()
    {
        _actionError = null;
        try
        {
            await Api.RefreshAsync(Id);
            Follow(newerThan: _refreshes.Count == 0 ? 0 : _refreshes.Max(r => r.Id));
        }
        catch (ApiException ex)
        {
            _actionError = ex.Message;
        }
    }

    /// <param name="newerThan">Follow until a refresh with a larger id has finished; null: until the segment is no longer computing.</param>
    private void Follow(long? newerThan)
    {
        _refreshing = true;
        _follower.Start(Id, newerThan, SeenAsync, StoppedAsync);
    }

    private Task SeenAsync(SegmentDto segment, IReadOnlyList<SegmentRefreshDto> refreshes, bool finished) => InvokeAsync(async () =>
    {
        (_segment, _refreshes, _refreshing) = (segment, refreshes, !finished);
        // Only the open tab has a live member list; the others load the list when they are opened.
        if (finished && _tab == 0 && _members is not null)
            await _members.ReloadAsync();
        StateHasChanged();
    });

    // Out of time or refused: the page keeps showing what it last saw.
    private Task StoppedAsync(string? message) => InvokeAsync(() =>
    {
        (_refreshing, _actionError) = (false, message);
        StateHasChanged();
    });

    private async Task DuplicateAsync()
    {
        _actionError = null;
        try
        {
            var copy = await Api.DuplicateAsync(Id);
            Snackbar.Add($"Copied as {copy.Name}.", Severity.Success);
            Navigation.NavigateTo($"segments/{copy.Id}");
        }
        catch (ApiException ex)
        {
            _actionError = ex.Message;
        }
    }

    private async Task DeleteAsync()
    {
        var name = _segment?.Name ?? $"segment {Id}";
        var confirmed = await Dialogs.ShowMessageBoxAsync($"Delete {name}?", SegmentsPage.DeleteExplanation,
            yesText: "Delete", cancelText: "Cancel");
        if (confirmed != true)
            return;
        _actionError = null;
        try
        {
            await Api.DeleteAsync(Id);
            Snackbar.Add($"{name} was deleted.", Severity.Success);
            Navigation.NavigateTo("segments");
        }
        catch (ApiException ex)
        {
            _actionError = ex.Message;
        }
    }
}
