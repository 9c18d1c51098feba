using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Features.Segments.Builder;
using Lodestar.Portal.Client.Features.Segments.Rules;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Segments;

/// <summary>
/// Creates a segment or edits one's name, description, refresh interval and rule. What the server refuses is shown
/// where it belongs: name and interval under their fields, the rule's errors under its conditions.
/// </summary>
public sealed partial class SegmentEditPage
{
    private static readonly IReadOnlyList<string> Fields = ["name", "description", "refreshMinutes"];

    private SegmentInput? _input;
    private SegmentSchemaDto? _schema;
    private bool _static;
    private MudForm _form = default!;
    private SegmentBuilder? _builder;
    private FieldErrors _errors = FieldErrors.None;
    private IReadOnlyDictionary<string, string[]>? _ruleErrors;
    private List<BreadcrumbItem> _crumbs = [];
    private string? _loadError;
    private string? _schemaError;
    private string? _message;
    private bool _saving;

    /// <summary>The segment to edit; null on /segments/new.</summary>
    [Parameter]
    public long? Id { get; set; }

    /// <summary>How long the person must pause before the audience is counted.</summary>
    [Parameter]
    public TimeSpan PreviewDelay { get; set; } = TimeSpan.FromMilliseconds(400);

    [Inject]
    private ISegmentsApi Api { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private string Title => Id is null ? "New segment" : $"Edit {_input?.Name ?? $"segment {Id}"}";

    protected override async Task OnParametersSetAsync()
    {
        (_input, _loadError, _schemaError, _static) = (null, null, null, false);
        try
        {
            _input = Id is { } id ? InputOf(await Api.GetAsync(id)) : new SegmentInput();
        }
        catch (ApiException ex)
        {
            _loadError = ex.Message;
        }

        try
        {
            _schema = await Api.SchemaAsync();
        }
        catch (ApiException ex)
        {
            _schemaError = ex.Message;
        }

        _crumbs = Id is { } existing
            ? [new("Segments", "segments"), new(_input?.Name ?? $"Segment {existing}", $"segments/{existing}"), new("Edit", null, disabled: true)]
            : [new("Segments", "segments"), new("New", null, disabled: true)];
    }

    private SegmentInput InputOf(SegmentDto segment)
    {
        _static = segment.Kind == "static";
        return new SegmentInput { Name = segment.Name, Description = segment.Description, Rule = segment.Rule ?? new RuleGroupDto(), RefreshMinutes = segment.RefreshMinutes };
    }

    private async Task SaveAsync()
    {
        if (_input is null)
            return;
        // The last refusal marks fields as errors; the form counts them as invalid until they are rendered without it.
        (_errors, _ruleErrors, _message) = (FieldErrors.None, null, null);
        StateHasChanged();
        await Task.Yield();
        await _form.ValidateAsync();
        if (!_form.IsValid)
            return;
        if (_builder is { IsValid: false })
        {
            _message = "Some conditions are not finished: see the messages under them.";
            return;
        }

        _saving = true;
        try
        {
            var saved = Id is { } id ? await Api.UpdateAsync(id, _input) : await Api.CreateAsync(_input);
            Snackbar.Add($"{saved.Name} was saved.", Severity.Success);
            Navigation.NavigateTo($"segments/{saved.Id}");
        }
        catch (ApiException ex)
        {
            // The rule's errors go to the builder (under their conditions); the rest under the fields above it.
            _ruleErrors = ex.Errors;
            _errors = new FieldErrors(ex.Errors.Where(e => !RuleErrors.IsRuleKey(e.Key)).ToDictionary(), Fields);
            // The server's message repeats every error; the ones shown under their fields need not be read twice.
            _message = ex.Errors.Count > 0 ? "The segment was not saved: correct what is marked." : ex.Message;
        }
        finally
        {
            _saving = false;
        }
    }
}
