using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm.Deals;

/// <summary>Lists the pipelines and edits one at a time: name, stages in order, probabilities and outcomes.</summary>
public sealed partial class PipelinesPage
{
    private static readonly List<BreadcrumbItem> Crumbs = [new("CRM", "crm"), new("Deals", "crm/deals"), new("Pipelines", null, disabled: true)];
    private IReadOnlyList<PipelineDto>? _pipelines;
    private PipelineDraft? _editing;
    private FieldErrors _errors = FieldErrors.None;
    private string? _error;
    private bool _saving;

    [Inject]
    private IPipelinesApi Api { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync(null);

    private async Task LoadAsync(long? select)
    {
        try
        {
            _pipelines = await Api.ListAsync();
            var chosen = _pipelines.FirstOrDefault(p => p.Id == select) ?? _pipelines.FirstOrDefault();
            _editing = chosen is null ? null : PipelineDraft.From(chosen);
        }
        catch (ApiException ex)
        {
            _error = ex.Message;
        }
    }

    private void Select(long id)
    {
        if (_pipelines?.FirstOrDefault(p => p.Id == id) is { } pipeline)
            (_editing, _errors, _error) = (PipelineDraft.From(pipeline), FieldErrors.None, null);
    }

    private void New() => (_editing, _errors, _error) = (PipelineDraft.New(), FieldErrors.None, null);

    private async Task SaveAsync()
    {
        if (_editing is null)
            return;
        (_saving, _error, _errors) = (true, null, FieldErrors.None);
        try
        {
            var input = _editing.ToInput();
            var saved = _editing.Id is { } id ? await Api.UpdateAsync(id, input) : await Api.CreateAsync(input);
            Snackbar.Add($"{saved.Name} saved.", Severity.Success);
            await LoadAsync(saved.Id);
        }
        catch (ApiException ex)
        {
            (_error, _errors) = (ex.Message, new FieldErrors(ex.Errors, [.. ex.Errors.Keys]));
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task DeleteAsync()
    {
        if (_editing?.Id is not { } id)
        {
            await LoadAsync(null);
            return;
        }

        if (await Dialogs.ShowMessageBoxAsync($"Delete {_editing.Name}?", "The pipeline and its stages are deleted. Pipelines with deals cannot be deleted.",
                yesText: "Delete", cancelText: "Cancel") != true)
            return;
        try
        {
            await Api.DeleteAsync(id);
            Snackbar.Add("Pipeline deleted.", Severity.Success);
            await LoadAsync(null);
        }
        catch (ApiException ex)
        {
            _error = ex.Message;
        }
    }
}
