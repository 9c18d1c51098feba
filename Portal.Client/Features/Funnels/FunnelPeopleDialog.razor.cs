using System.Globalization;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>
/// The people who reached a step or dropped off before it (switchable), a page at a time, each linking to their profile;
/// and saving all of them as a static segment.
/// </summary>
public sealed partial class FunnelPeopleDialog
{
    public static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseButton = true };

    private static readonly int[] PageSizes = [25, 50, 100];
    private static readonly IReadOnlyList<string> Fields = ["name", "description"];

    private readonly CrmTable<FunnelPersonDto> _list = new("person");
    private FunnelOutcome _outcome;
    private string? _name;
    private string? _description;
    private FieldErrors _errors = FieldErrors.None;
    private string? _saveError;
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private IFunnelsApi Api { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The query whose results were clicked.</summary>
    [Parameter, EditorRequired]
    public FunnelQueryDto Query { get; set; } = default!;

    [Parameter, EditorRequired]
    public FunnelStepClick Click { get; set; } = default!;

    [Parameter, EditorRequired]
    public string StepName { get; set; } = "";

    private string TotalText => _list.Total switch
    {
        null => "",
        1 => "1 person",
        var n => $"{n:N0} people",
    };

    public static Task ShowAsync(IDialogService dialogs, FunnelQueryDto query, FunnelStepClick click, string stepName)
    {
        var parameters = new DialogParameters<FunnelPeopleDialog> { { d => d.Query, query }, { d => d.Click, click }, { d => d.StepName, stepName } };
        return dialogs.ShowAsync<FunnelPeopleDialog>($"Step {click.Step}: {stepName}", parameters, Options);
    }

    protected override void OnInitialized()
    {
        _outcome = Click.Step == 1 ? FunnelOutcome.Converted : Click.Outcome;
        _name = DefaultName();
    }

    private Variant VariantOf(FunnelOutcome outcome) => outcome == _outcome ? Variant.Filled : Variant.Outlined;

    // Saving takes every page; the paging of the request does not matter there.
    private FunnelPeopleRequestDto Request(int offset = 0, int limit = 50) => new()
    {
        Query = Query,
        Step = Click.Step,
        Outcome = _outcome,
        BreakdownValue = Click.Group,
        Offset = offset,
        Limit = limit,
    };

    private Task<TableData<FunnelPersonDto>> LoadAsync(TableState state, CancellationToken cancellationToken) => _list.LoadAsync(state, async (offset, limit) =>
    {
        var page = await Api.PeopleAsync(Request(offset, limit), cancellationToken);
        return (page.People, page.Total);
    }, () => InvokeAsync(StateHasChanged));

    private Task SwitchAsync(FunnelOutcome outcome)
    {
        if (outcome == _outcome)
            return Task.CompletedTask;
        // The suggested name follows the list unless the person wrote their own.
        var suggested = _name == DefaultName();
        _outcome = outcome;
        if (suggested)
            _name = DefaultName();
        return _list.FromFirstPageAsync();
    }

    private string DefaultName()
    {
        var who = _outcome == FunnelOutcome.Converted ? $"Reached {StepName}" : $"Dropped off before {StepName}";
        var group = Click.Group is null ? "" : $" ({Click.Group})";
        var name = $"{who}{group}, {Query.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} to {Query.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        return name.Length <= 200 ? name : name[..200];
    }

    private async Task SaveAsync()
    {
        (_errors, _saveError) = (FieldErrors.None, null);
        if (string.IsNullOrWhiteSpace(_name))
        {
            (_errors, _saveError) = (new FieldErrors(new Dictionary<string, string[]> { ["name"] = ["Enter a name for the segment."] }, Fields), null);
            return;
        }

        _saving = true;
        try
        {
            var request = new FunnelSegmentRequestDto
            {
                People = Request(),
                Name = _name.Trim(),
                Description = string.IsNullOrWhiteSpace(_description) ? null : _description.Trim(),
            };
            var segment = await Api.SaveAsSegmentAsync(request);
            Snackbar.Add(Saved(segment), Severity.Success);
            Dialog.Close(DialogResult.Ok(segment));
        }
        catch (ApiException ex)
        {
            // The server's message repeats every error; the ones shown under their fields need not be read twice.
            (_errors, _saveError) = (new FieldErrors(ex.Errors, Fields), ex.Errors.Count > 0 ? "The segment was not saved:" : ex.Message);
        }
        finally
        {
            _saving = false;
        }
    }
}
