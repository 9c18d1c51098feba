using System.Text.Json;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm.Views;

/// <summary>
/// The saved views of one CRM list. Applying a view hands its query to the list (<see cref="Apply"/>); saving keeps
/// <see cref="Current"/>. The button shows the applied view's name, marked as changed once the list no longer matches it.
/// </summary>
/// <typeparam name="TQuery">The list's query object (<see cref="ContactQuery"/>…), saved as JSON in the list API's names.</typeparam>
public sealed partial class SavedViewsMenu<TQuery>
{
    private List<SavedViewDto> _views = [];
    private SavedViewDto? _applied;
    private string? _error;

    [Inject]
    private ISavedViewsApi Api { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    /// <summary><c>contacts</c>, <c>accounts</c>, <c>deals</c> or <c>tickets</c>.</summary>
    [Parameter, EditorRequired]
    public string Kind { get; set; } = "";

    /// <summary>The list's query as it is now (its page is not saved).</summary>
    [Parameter, EditorRequired]
    public TQuery Current { get; set; } = default!;

    /// <summary>Shows the list as the chosen view's query says.</summary>
    [Parameter]
    public EventCallback<TQuery> Apply { get; set; }

    private string ButtonText => _applied switch
    {
        null => "Views",
        var view when SavedViewQueries.Same(Current, view.Query) => view.Name,
        var view => view.Name + " (changed)",
    };

    protected override async Task OnInitializedAsync()
    {
        try
        {
            _views = [.. await Api.ListAsync(Kind)];
        }
        catch (ApiException ex)
        {
            _error = ex.Message;
        }
    }

    private async Task ApplyAsync(SavedViewDto view)
    {
        TQuery query;
        try
        {
            query = SavedViewQueries.FromJson<TQuery>(view.Query);
        }
        catch (JsonException)
        {
            _error = $"'{view.Name}' cannot be shown: its query is not one this list takes.";
            return;
        }

        (_applied, _error) = (view, null);
        await Apply.InvokeAsync(query);
    }

    private async Task SaveAsync()
    {
        var parameters = new DialogParameters<SaveViewDialog> { { d => d.Kind, Kind }, { d => d.Query, SavedViewQueries.ToJson(Current) } };
        var result = await (await Dialogs.ShowAsync<SaveViewDialog>("Save view", parameters, SaveViewDialog.Options)).Result;
        if (result is not { Canceled: false, Data: SavedViewDto saved })
            return;
        _views = [.. _views.Append(saved).OrderByDescending(v => v.Mine).ThenBy(v => v.Name, StringComparer.OrdinalIgnoreCase)];
        (_applied, _error) = (saved, null);
    }

    private async Task DeleteAsync(SavedViewDto view)
    {
        var explanation = view.Shared ? "Nobody will see it any more, you included." : "The list itself does not change.";
        if (await Dialogs.ShowMessageBoxAsync($"Delete the view {view.Name}?", explanation, yesText: "Delete", cancelText: "Cancel") != true)
            return;
        try
        {
            await Api.DeleteAsync(view.Id);
            _views.Remove(view);
            (_applied, _error) = (_applied?.Id == view.Id ? null : _applied, null);
        }
        catch (ApiException ex)
        {
            _error = ex.Message;
        }
    }
}
