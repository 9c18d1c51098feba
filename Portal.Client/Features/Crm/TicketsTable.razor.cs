using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>
/// A server-paged ticket list with search, status chips, priority, assignee ("Mine", "Unassigned") and breached filters,
/// sorting and "New ticket". Unsorted, it is the support queue: open work, breached, soonest due first. The queue page
/// shows every ticket (open work to start with); a contact or account page passes its id to show only its tickets.
/// </summary>
public sealed partial class TicketsTable
{
    private static readonly int[] PageSizes = [25, 50, 100];
    private static readonly IReadOnlyList<(string, string)> AssigneeChoices = [(TicketQuery.Me, "Mine"), (TicketQuery.Unassigned, "Unassigned")];
    private readonly CrmTable<TicketDto> _list = new("ticket");
    private string? _q;
    private IReadOnlyCollection<string> _statuses = [];
    private string? _priority;
    private string? _assignee;
    private bool _breachedOnly;

    /// <summary>Only this contact's tickets; new tickets are for this contact.</summary>
    [Parameter]
    public long? ContactId { get; set; }

    [Parameter]
    public string? ContactName { get; set; }

    /// <summary>Only this account's tickets; new tickets are for this account (or, on a contact's page, the contact's account).</summary>
    [Parameter]
    public long? AccountId { get; set; }

    [Parameter]
    public string? AccountName { get; set; }

    /// <summary>On a contact's page: the contact's account, which a new ticket starts at.</summary>
    [Parameter]
    public AccountOption? ContactAccount { get; set; }

    [Parameter]
    public int Elevation { get; set; } = 1;

    /// <summary>Offers the saved views of the queue (on the tickets page).</summary>
    [Parameter]
    public bool SavedViews { get; set; }

    [Inject]
    private ITicketsApi Api { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private bool ForRecord => ContactId is not null || AccountId is not null;

    private bool OnlyOpenWork => _statuses.Count == TicketChoices.OpenWork.Count && TicketChoices.OpenWork.All(_statuses.Contains);

    private bool Filtered => !string.IsNullOrWhiteSpace(_q) || _priority is not null || _assignee is not null || _breachedOnly
        || (_statuses.Count > 0 && !OnlyOpenWork);

    /// <summary>The queue starts at open work; a record's list shows all its tickets, finished ones too.</summary>
    protected override void OnInitialized() => _statuses = ForRecord ? [] : [.. TicketChoices.OpenWork];

    private TicketQuery CurrentQuery(int offset, int limit) => new(ContactForm.Clean(_q), [.. _statuses],
        _priority is null ? null : [_priority], _assignee, ContactId, AccountId, _breachedOnly, _list.Sort, offset, limit);

    private Task<TableData<TicketDto>> LoadAsync(TableState state, CancellationToken cancellationToken) => _list.LoadAsync(state, async (offset, limit) =>
    {
        var page = await Api.ListAsync(CurrentQuery(offset, limit), cancellationToken);
        return (page.Items, page.Total);
    }, () => InvokeAsync(StateHasChanged));

    private Task SearchAsync(string? _) => _list.FromFirstPageAsync();

    private Task StatusesChangedAsync(IReadOnlyCollection<string>? statuses)
    {
        _statuses = statuses ?? [];
        return _list.FromFirstPageAsync();
    }

    private Task PriorityChangedAsync(string? priority)
    {
        _priority = string.IsNullOrEmpty(priority) ? null : priority;
        return _list.FromFirstPageAsync();
    }

    private Task AssigneeChangedAsync(string? assignee)
    {
        _assignee = assignee;
        return _list.FromFirstPageAsync();
    }

    private Task BreachedChangedAsync(bool breachedOnly)
    {
        _breachedOnly = breachedOnly;
        return _list.FromFirstPageAsync();
    }

    private Task ApplyAsync(TicketQuery view)
    {
        (_q, _statuses, _priority) = (view.Q, [.. view.Statuses ?? []], view.Priorities?.FirstOrDefault());
        (_assignee, _breachedOnly) = (view.AssigneeId, view.Breached);
        return _list.SortAsync(view.Sort);
    }

    private async Task NewAsync()
    {
        var parameters = new DialogParameters<TicketDialog>
        {
            { d => d.InitialContact, ContactId is { } c ? new ContactOption(c, ContactName ?? $"Contact {c}", ContactAccount) : null },
            { d => d.InitialAccount, AccountId is { } a ? new AccountOption(a, AccountName ?? $"Account {a}") : null },
        };
        var result = await (await Dialogs.ShowAsync<TicketDialog>("New ticket", parameters, TicketDialog.Options)).Result;
        if (result is not { Canceled: false, Data: TicketDto created })
            return;
        // From the queue, open the new ticket; on a contact's or account's page, stay and list it with the others.
        if (!ForRecord)
            Navigation.NavigateTo($"crm/tickets/{created.Id}");
        else
            await _list.ReloadAsync();
    }
}
