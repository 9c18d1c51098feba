using Lodestar.Portal.Client.Features.Jobs;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Identity;

/// <summary>
/// Edits the identity rules as a draft; nothing reaches the server until a dry run or a save, and a refused save leaves
/// the draft as it was so the admin can fix it. Saving (or resetting) starts a rebuild, which the tab follows to the end.
/// </summary>
public sealed partial class IdentityRulesTab : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private IdentityRulesDraft? _draft;
    private bool _isDefault;
    private string _baseline = "";
    private string? _loadError;
    private string? _problem;
    private IReadOnlyList<(string Field, string Message)> _fieldErrors = [];
    private RulesDryRunDto? _dryRun;
    private string? _dryRunFingerprint;
    private RulesWork _busy;
    private double _jobProgress;
    private string? _jobMessage;
    private string? _rebuildError;

    /// <summary>How often the rebuild job is asked how far it is.</summary>
    [Parameter]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    private bool Busy => _busy != RulesWork.None;

    private bool Edited => _draft is not null && _draft.Fingerprint() != _baseline;

    private bool DryRunCurrent => _draft is not null && _dryRunFingerprint == _draft.Fingerprint();

    private string ProgressText => _busy switch
    {
        RulesWork.DryRun => "Resolving every stored event with these rules…",
        RulesWork.Saving => "Saving the rules…",
        _ => _jobMessage ?? "Rebuilding profiles with the new rules…",
    };

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _loadError = null;
        try
        {
            Show(await Api.GetAsync(_stop.Token));
        }
        catch (ApiException ex)
        {
            _loadError = ex.Message;
        }
        catch (OperationCanceledException)
        {
            // The tab was closed while loading.
        }
    }

    private void Show(IdentityRulesDto rules)
    {
        _draft = IdentityRulesDraft.From(rules);
        _isDefault = rules.IsDefault;
        _baseline = _draft.Fingerprint();
    }

    // Only a re-render is needed: the save button, the dry-run hint and staleness all compare fingerprints.
    private static void OnEdited()
    {
    }

    private async Task DryRunAsync()
    {
        var draft = _draft!;
        var sent = draft.Types.ToList();
        var fingerprint = draft.Fingerprint();
        Begin(RulesWork.DryRun);
        try
        {
            _dryRun = await Api.DryRunAsync(draft.ToDto(), _stop.Token);
            _dryRunFingerprint = fingerprint;
            ShowErrors([], null);
        }
        catch (ApiException ex)
        {
            ShowErrors(sent, ex);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        finally
        {
            _busy = RulesWork.None;
        }
    }

    private Task SaveAsync()
    {
        var rules = _draft!.ToDto();
        return ApplyAsync(ct => Api.SaveAsync(rules, ct), "Profiles rebuilt with the new rules");
    }

    private async Task ResetAsync()
    {
        if (await Dialogs.ShowMessageBoxAsync("Reset identity rules",
                "Go back to Segment's default rules? Your saved rules and any unsaved edits are replaced, and every profile is rebuilt.",
                yesText: "Reset and rebuild", cancelText: "Cancel") != true)
            return;
        await ApplyAsync(Api.ResetAsync, "Profiles rebuilt with Segment's default rules");
    }

    private async Task ApplyAsync(Func<CancellationToken, Task<RulesSavedDto>> apply, string done)
    {
        var sent = _draft!.Types.ToList();
        Begin(RulesWork.Saving);
        RulesSavedDto saved;
        try
        {
            saved = await apply(_stop.Token);
        }
        catch (ApiException ex)
        {
            _busy = RulesWork.None;
            ShowErrors(sent, ex);
            return;
        }
        catch (OperationCanceledException)
        {
            return;
        }

        ShowErrors([], null);
        Show(saved.Rules);
        // The dry run compared against the profiles that the rebuild is about to replace.
        (_dryRun, _dryRunFingerprint) = (null, null);
        await FollowRebuildAsync(saved.RebuildJobId, done);
    }

    private async Task FollowRebuildAsync(string jobId, string done)
    {
        _busy = RulesWork.Rebuilding;
        StateHasChanged();
        try
        {
            var job = await JobPolling.FollowAsync(Jobs, jobId, PollInterval, progress =>
            {
                (_jobProgress, _jobMessage) = (progress.Progress, progress.Message);
                StateHasChanged();
            }, _stop.Token);
            if (job.State == "Succeeded")
                Snackbar.Add(done, Severity.Success);
            else
                _rebuildError = $"The rules are saved, but rebuilding the profiles failed: {job.Error ?? job.State}. See the jobs dashboard.";
        }
        catch (ApiException ex)
        {
            _rebuildError = $"The rules are saved, but the rebuild could not be followed: {ex.Message}";
        }
        catch (OperationCanceledException)
        {
            return;
        }
        finally
        {
            _busy = RulesWork.None;
        }
    }

    private void Begin(RulesWork work)
    {
        _busy = work;
        (_jobProgress, _jobMessage, _rebuildError) = (0, null, null);
    }

    /// <param name="sent">The rows in the order they were sent, which the server's <c>types[i]</c> refers to.</param>
    private void ShowErrors(IReadOnlyList<IdentifierTypeDraft> sent, ApiException? ex)
    {
        _problem = ex?.Message;
        _fieldErrors = _draft!.ApplyErrors(sent, ex?.Errors ?? new Dictionary<string, string[]>());
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }
}
