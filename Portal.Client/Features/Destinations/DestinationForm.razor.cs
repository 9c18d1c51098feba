using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Features.Privacy;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>
/// A destination's name, state, type settings (drawn from the type's descriptors), consent and sending limits. The server
/// checks everything: what it refuses is shown under the field it names, settings by their key.
/// </summary>
public sealed partial class DestinationForm
{
    private static readonly string[] OwnFields = ["name", "type", "enabled", "requiredConsentCategory", "batchSize", "requestsPerSecond"];

    private DestinationFormModel _model = default!;
    private IReadOnlyList<string> _categories = [];
    private FieldErrors _errors = FieldErrors.None;
    private string? _message;
    private ConnectionTestDto? _test;
    private bool _saving;
    private bool _testing;

    [Parameter, EditorRequired]
    public DestinationTypeDto Type { get; set; } = default!;

    /// <summary>The destination to edit; null to create one of <see cref="Type"/>.</summary>
    [Parameter]
    public DestinationDto? Existing { get; set; }

    [Parameter]
    public EventCallback<DestinationDto> Saved { get; set; }

    [Parameter]
    public EventCallback Deleted { get; set; }

    [Inject]
    private IDestinationsApi Api { get; set; } = default!;

    [Inject]
    private IConsentApi Consent { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _model = Existing is null ? DestinationFormModel.New(Type) : DestinationFormModel.Of(Existing, Type);
        try
        {
            _categories = (await Consent.GetCategoriesAsync()).Categories;
        }
        catch (ApiException)
        {
            // Without the list the select still offers none and the stored category; the server checks the choice.
        }

        if (_model.ConsentCategory is { Length: > 0 } stored && !_categories.Contains(stored))
            _categories = [.. _categories, stored];
    }

    private async Task SaveAsync()
    {
        (_saving, _errors, _message, _test) = (true, FieldErrors.None, null, null);
        try
        {
            var input = _model.ToInput();
            var saved = Existing is null ? await Api.CreateAsync(input) : await Api.UpdateAsync(Existing.Id, input);
            _model.Saved(saved);
            Snackbar.Add(Existing is null ? $"{saved.Name} was added." : $"{saved.Name} was saved.", Severity.Success);
            await Saved.InvokeAsync(saved);
        }
        catch (ApiException ex)
        {
            _errors = new FieldErrors(ByField(ex.Errors), [.. OwnFields, .. Type.Fields.Select(f => f.Key)]);
            _message = ex.Errors.Count == 0 ? ex.Message
                : _errors.Unplaced.Count > 0 ? $"Nothing was saved: {string.Join(" ", _errors.Unplaced)}"
                : null;
        }
        finally
        {
            _saving = false;
        }
    }

    /// <summary>Settings may be named bare (<c>url</c>) or by where they sit in the request (<c>settings.url</c>, <c>secrets.apiKey</c>).</summary>
    private static Dictionary<string, string[]> ByField(IReadOnlyDictionary<string, string[]> errors)
    {
        var byField = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, messages) in errors)
        {
            var field = key.StartsWith("settings.", StringComparison.OrdinalIgnoreCase) ? key["settings.".Length..]
                : key.StartsWith("secrets.", StringComparison.OrdinalIgnoreCase) ? key["secrets.".Length..]
                : key;
            byField[field] = byField.TryGetValue(field, out var earlier) ? [.. earlier, .. messages] : messages;
        }

        return byField;
    }

    private async Task TestAsync()
    {
        (_testing, _test) = (true, null);
        try
        {
            _test = await Api.TestAsync(Existing!.Id);
        }
        catch (ApiException ex)
        {
            _test = new ConnectionTestDto(false, ex.Message);
        }
        finally
        {
            _testing = false;
        }
    }

    private async Task DeleteAsync()
    {
        var name = Existing!.Name;
        var confirmed = await Dialogs.ShowMessageBoxAsync($"Delete {name}?",
            "Its settings, connected segments and run history are deleted and nothing more is sent to it; what it already received stays there. This cannot be undone.",
            yesText: "Delete", cancelText: "Cancel");
        if (confirmed != true)
            return;
        try
        {
            await Api.DeleteAsync(Existing.Id);
            Snackbar.Add($"{name} was deleted.", Severity.Success);
            await Deleted.InvokeAsync();
        }
        catch (ApiException ex)
        {
            _message = ex.Message;
        }
    }
}
