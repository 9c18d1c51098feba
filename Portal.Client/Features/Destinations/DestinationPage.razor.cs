using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>
/// A destination: its state (and the circuit breaker's pause), its settings, the segments it receives, a preview of
/// the next sync of each, and the runs with their ledgers. A sync started here is followed until it has finished, then
/// the connections and the run history are read again.
/// </summary>
public sealed partial class DestinationPage
{
    private static readonly string[] AudienceTabs = ["settings", "segments", "preview", "runs"];
    private static readonly string[] StreamTabs = ["settings", "runs"];

    private DestinationDto? _destination;
    private IReadOnlyList<DestinationTypeDto> _types = [];
    private RunsTab? _runs;
    private string? _error;
    private string? _actionError;
    private bool _resuming;
    private int _tab;

    [Parameter]
    public long Id { get; set; }

    /// <summary>The tab to open (<c>?tab=segments</c>): settings, segments, preview or runs.</summary>
    [SupplyParameterFromQuery(Name = "tab")]
    public string? Tab { get; set; }

    /// <summary>How often a sync under way is checked.</summary>
    [Parameter]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Inject]
    private IDestinationsApi Api { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private DestinationTypeDto? Type => _types.FirstOrDefault(t => t.Type == _destination?.Type);

    /// <summary>Audience destinations receive connected segments; event streams forward tracking messages instead.</summary>
    private bool ReceivesSegments => Type?.Audiences ?? true;

    private List<BreadcrumbItem> Crumbs => [new("Destinations", "destinations"), new(_destination?.Name ?? $"Destination {Id}", null, disabled: true)];

    protected override async Task OnParametersSetAsync()
    {
        (_destination, _error, _actionError) = (null, null, null);
        try
        {
            _destination = await Api.GetAsync(Id);
            _types = await Api.GetTypesAsync();
            _tab = Math.Max(0, Array.IndexOf(ReceivesSegments ? AudienceTabs : StreamTabs, Tab?.ToLowerInvariant()));
        }
        catch (ApiException ex)
        {
            _error = ex.Message;
        }
    }

    /// <summary>Reads the destination again (its connections changed, or a sync moved their last-sync times).</summary>
    private async Task ReloadAsync()
    {
        try
        {
            _destination = await Api.GetAsync(Id);
        }
        catch (ApiException ex)
        {
            _actionError = ex.Message;
        }
    }

    private async Task SyncedAsync()
    {
        await ReloadAsync();
        if (_runs is not null)
            await _runs.ReloadAsync();
    }

    private async Task ResumeAsync()
    {
        (_resuming, _actionError) = (true, null);
        try
        {
            _destination = await Api.ResumeAsync(Id);
            Snackbar.Add($"{_destination.Name} is resumed: the next sync sends again.", Severity.Success);
        }
        catch (ApiException ex)
        {
            _actionError = ex.Message;
        }
        finally
        {
            _resuming = false;
        }
    }

    private void Saved(DestinationDto saved) => _destination = saved;

    private void Deleted() => Navigation.NavigateTo("destinations");
}
