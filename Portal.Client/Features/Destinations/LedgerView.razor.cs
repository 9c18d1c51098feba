using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>
/// The records of one run a page at a time from the server, filtered by status, each with the payload exactly as it
/// was sent. Replay asks first, then sends the run's records again in a new run and follows it.
/// </summary>
public sealed partial class LedgerView
{
    /// <summary>The ledger's statuses; "" for every record.</summary>
    private static readonly string[] Statuses = ["", "Pending", "Sent", "Failed", "Skipped"];

    private static readonly int[] PageSizes = [50, 100, 200];
    private readonly HashSet<long> _expanded = [];
    private MudTable<LedgerEntryDto>? _table;
    private string _status = "";
    private string? _error;

    [Parameter, EditorRequired]
    public long DestinationId { get; set; }

    [Parameter, EditorRequired]
    public DestinationRunDto Run { get; set; } = default!;

    [Parameter]
    public EventCallback Back { get; set; }

    /// <summary>The replay has finished (it is a new run).</summary>
    [Parameter]
    public EventCallback Replayed { get; set; }

    [Parameter]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Inject]
    private IDestinationsApi Api { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    private async Task<TableData<LedgerEntryDto>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        try
        {
            _error = null;
            var page = await Api.LedgerAsync(DestinationId, Run.Id, _status == "" ? null : _status, state.Page * state.PageSize, state.PageSize,
                cancellationToken);
            return new TableData<LedgerEntryDto> { Items = page.Entries, TotalItems = page.Total };
        }
        catch (ApiException ex)
        {
            _error = ex.Message;
            StateHasChanged();
            return new TableData<LedgerEntryDto> { Items = [], TotalItems = 0 };
        }
    }

    /// <summary>A new filter starts at the first page: the page the person was on may not exist any more.</summary>
    private Task FilterAsync(string status)
    {
        _status = status;
        if (_table is null)
            return Task.CompletedTask;
        if (_table.CurrentPage == 0)
            return _table.ReloadServerData();
        _table.NavigateTo(0);
        return Task.CompletedTask;
    }

    private void Toggle(long id)
    {
        if (!_expanded.Remove(id))
            _expanded.Add(id);
    }

    /// <summary>An event-stream run: it has an event id range instead of a ledger.</summary>
    private bool EventRun => Run.FirstEventId is not null;

    private async Task<bool> ConfirmReplayAsync() =>
        await Dialogs.ShowMessageBoxAsync("Replay this run?",
            EventRun
                ? $"The stored events #{Run.FirstEventId:N0} to #{Run.LastEventId:N0} are sent again through today's filters, in a new run under new idempotency keys."
                : $"The {Run.Sent:N0} records this run sent are sent again exactly as they were, in a new run with its own ledger.",
            yesText: "Replay", cancelText: "Cancel") == true;

    private static Color ColorOf(string status) => status switch
    {
        "Sent" => Color.Success,
        "Failed" => Color.Error,
        "Pending" => Color.Info,
        _ => Color.Default,
    };
}
