using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Privacy;

/// <summary>Edits the PII rules as a list of path + action rows; the server checks them and names each wrong field.</summary>
public sealed partial class PiiRulesEditor
{
    private List<PiiRuleDto>? _rules;
    private IReadOnlyDictionary<string, string[]> _fieldErrors = new Dictionary<string, string[]>();
    private string? _error;
    private bool _dirty;
    private bool _saving;

    [Inject]
    private IPiiRulesApi Api { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        try
        {
            _rules = [.. (await Api.GetAsync()).Rules];
        }
        catch (ApiException ex)
        {
            _error = ex.Message;
        }
    }

    private string? ErrorOf(int index, string field) =>
        _fieldErrors.TryGetValue($"rules[{index}].{field}", out var messages) ? string.Join(" ", messages) : null;

    private void Change(int index, string? path, string? action)
    {
        var rule = _rules![index];
        _rules[index] = rule with { Path = path ?? rule.Path, Action = action ?? rule.Action };
        _dirty = true;
    }

    private void Add()
    {
        _rules!.Add(new PiiRuleDto("", "drop"));
        _dirty = true;
    }

    private void Remove(int index)
    {
        _rules!.RemoveAt(index);
        // Errors are keyed by position, which has just changed.
        _fieldErrors = new Dictionary<string, string[]>();
        _dirty = true;
    }

    private async Task SaveAsync()
    {
        (_error, _fieldErrors, _saving) = (null, new Dictionary<string, string[]>(), true);
        try
        {
            _rules = [.. (await Api.SaveAsync(new PiiRulesDto([.. _rules!]))).Rules];
            _dirty = false;
            Snackbar.Add(_rules.Count == 0 ? "PII rules removed." : $"PII rules saved: new messages are stored by these {_rules.Count}.", Severity.Success);
        }
        catch (ApiException ex)
        {
            _fieldErrors = ex.Errors;
            // Errors about the list itself have no row to show them under.
            _error = ex.Errors.Keys.All(k => k.StartsWith("rules[", StringComparison.Ordinal)) && ex.Errors.Count > 0
                ? "Correct the marked rules and save again." : ex.Message;
        }
        finally
        {
            _saving = false;
        }
    }
}
