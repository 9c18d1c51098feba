using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm.Activities;

/// <summary>A contact's interleaved timeline (CRM activities and product events), a page at a time.</summary>
public sealed partial class ContactTimeline
{
    private const int PageSize = 25;
    private readonly List<TimelineItemDto> _items = [];
    private string? _nextBefore;
    private bool _loading;
    private string? _error;
    private long? _loadedFor;

    [Inject]
    private IActivitiesApi Api { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Parameter, EditorRequired]
    public long ContactId { get; set; }

    /// <summary>An activity was edited or deleted here (the page refreshes its activity list).</summary>
    [Parameter]
    public EventCallback Changed { get; set; }

    protected override Task OnParametersSetAsync() => _loadedFor == ContactId ? Task.CompletedTask : ReloadAsync();

    /// <summary>Shows the newest page again (after something was logged on the page).</summary>
    public async Task ReloadAsync()
    {
        _loadedFor = ContactId;
        await LoadAsync(null);
    }

    private Task LoadOlderAsync() => LoadAsync(_nextBefore);

    private Task EditAsync(TimelineItemDto item) => ChangeAsync(async () =>
        await ActivityActions.EditAsync(Dialogs, await Api.GetAsync(item.Id)) is not null);

    private Task DeleteAsync(TimelineItemDto item) => ChangeAsync(() => ActivityActions.DeleteAsync(Dialogs, Api, item.Id, item.Title));

    /// <param name="change">Whether it changed something (false: the person cancelled).</param>
    private async Task ChangeAsync(Func<Task<bool>> change)
    {
        try
        {
            if (!await change())
                return;
            await ReloadAsync();
            await Changed.InvokeAsync();
        }
        catch (ApiException ex)
        {
            _error = ex.Message;
        }
    }

    private static string Icon(TimelineItemDto item) =>
        item.Source == "event" ? MudBlazor.Icons.Material.Filled.TouchApp : ActivityChoices.Icon(item.Kind);

    private async Task LoadAsync(string? before)
    {
        _loading = true;
        try
        {
            var page = await Api.ContactTimelineAsync(ContactId, before, PageSize);
            if (before is null)
                _items.Clear();
            _items.AddRange(page.Items);
            _nextBefore = page.NextBefore;
            _error = null;
        }
        catch (ApiException ex)
        {
            _error = ex.Message;
        }
        finally
        {
            _loading = false;
        }

        StateHasChanged();
    }
}
