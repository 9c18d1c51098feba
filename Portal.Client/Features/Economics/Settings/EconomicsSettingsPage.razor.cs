using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Economics.Settings;

/// <summary>
/// Edits the economics settings as a draft and saves them at once (admins; others read them). A refused save keeps the
/// draft and shows each problem at its field; the economics job uses the saved settings from its next run on.
/// </summary>
public sealed partial class EconomicsSettingsPage
{
    private static readonly string[] PlacedPrefixes = ["currency", "attribution", "rates.", "channelRules["];
    private EconomicsSettingsDraft? _draft;
    private string _baseline = "";
    private bool _canEdit;
    private bool _saving;
    private string? _loadError;
    private string? _problem;
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();

    [Inject]
    private IEconomicsApi Api { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? Authentication { get; set; }

    /// <summary>How often the recompute job is asked how far it is.</summary>
    [Parameter]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    private bool Edited => _draft is not null && _draft.Fingerprint() != _baseline;

    /// <summary>Problems no field shows: they go into the message above the form.</summary>
    private IEnumerable<string> Unplaced => _errors.Where(e => !PlacedPrefixes.Any(p => e.Key.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        .SelectMany(e => e.Value);

    protected override async Task OnInitializedAsync()
    {
        _canEdit = Authentication is not null
                   && (await Authorization.AuthorizeAsync((await Authentication).User, PortalPolicies.Admin)).Succeeded;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _loadError = null;
        try
        {
            Show(await Api.GetSettingsAsync());
        }
        catch (ApiException ex)
        {
            _loadError = ex.Message;
        }
    }

    private void Show(EconomicsSettingsDto settings)
    {
        _draft = EconomicsSettingsDraft.From(settings);
        _baseline = _draft.Fingerprint();
    }

    private string? Error(string key) => _errors.TryGetValue(key, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>A rule or rate added, removed or moved: the server's row numbers no longer point at the same lines.</summary>
    private void StructureChanged() => (_errors, _problem) = (new Dictionary<string, string[]>(), null);

    private async Task SaveAsync()
    {
        var draft = _draft!;
        if (draft.Problems() is { Count: > 0 } problems)
        {
            (_errors, _problem) = (problems, "Fix the marked fields, then save.");
            return;
        }

        _saving = true;
        try
        {
            Show(await Api.SaveSettingsAsync(draft.ToDto()));
            (_errors, _problem) = (new Dictionary<string, string[]>(), null);
            Snackbar.Add("Economics settings saved. The next economics run uses them.", Severity.Success);
        }
        catch (ApiException ex)
        {
            // The message repeats the field errors; the fields show them, so the message says only what to do.
            (_errors, _problem) = (new Dictionary<string, string[]>(ex.Errors, StringComparer.OrdinalIgnoreCase),
                ex.Errors.Count == 0 ? ex.Message : "The settings were not saved: fix the marked fields, then save.");
        }
        finally
        {
            _saving = false;
        }
    }
}
