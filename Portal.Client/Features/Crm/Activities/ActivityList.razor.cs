using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm.Activities;

/// <summary>The activities matching <see cref="Query"/> (a record's, or someone's open tasks), a page at a time.</summary>
public sealed partial class ActivityList
{
    private const int PageSize = 20;
    private List<ActivityDto>? _items;
    private int _total;
    private string? _error;
    private ActivityQuery? _loaded;

    [Inject]
    private IActivitiesApi Api { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    /// <summary>Which activities; its paging is the list's own.</summary>
    [Parameter, EditorRequired]
    public ActivityQuery Query { get; set; } = new();

    /// <summary>An activity was edited or deleted here, or a task completed or reopened.</summary>
    [Parameter]
    public EventCallback<ActivityDto> Changed { get; set; }

    protected override Task OnParametersSetAsync() => _loaded == Query ? Task.CompletedTask : ReloadAsync();

    /// <summary>Shows the first page again (after the composer logged something).</summary>
    public async Task ReloadAsync()
    {
        _loaded = Query;
        await LoadAsync(0, PageSize);
    }

    private Task MoreAsync() => LoadAsync(_items?.Count ?? 0, PageSize);

    private async Task LoadAsync(int offset, int limit)
    {
        try
        {
            var page = await Api.ListAsync(Query with { Offset = offset, Limit = limit });
            if (offset == 0 || _items is null)
                _items = [];
            _items.AddRange(page.Items);
            _total = page.Total;
            _error = null;
        }
        catch (ApiException ex)
        {
            _items ??= [];
            _error = ex.Message;
        }

        StateHasChanged();
    }

    private async Task ToggleAsync((ActivityDto Activity, bool Done) change)
    {
        try
        {
            var saved = change.Done ? await Api.CompleteAsync(change.Activity.Id) : await Api.ReopenAsync(change.Activity.Id);
            _items = _items?.Select(a => a.Id == saved.Id ? saved : a).ToList();
            _error = null;
            await Changed.InvokeAsync(saved);
        }
        catch (ApiException ex)
        {
            _error = ex.Message;
        }
    }

    private async Task EditAsync(ActivityDto activity)
    {
        if (await ActivityActions.EditAsync(Dialogs, activity) is not { } saved)
            return;
        // Its time may have moved it among the others.
        await ReloadAsync();
        await Changed.InvokeAsync(saved);
    }

    private async Task DeleteAsync(ActivityDto activity)
    {
        try
        {
            if (!await ActivityActions.DeleteAsync(Dialogs, Api, activity.Id, activity.Subject))
                return;
            await ReloadAsync();
            await Changed.InvokeAsync(activity);
        }
        catch (ApiException ex)
        {
            _error = ex.Message;
        }
    }
}
