using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>
/// A server-paged contact list with search, account and owner filters, sorting, CSV export and "New contact". The contacts
/// page shows all contacts; an account page passes <see cref="AccountId"/> to show only that account's.
/// </summary>
public sealed partial class ContactsTable
{
    private static readonly int[] PageSizes = [25, 50, 100];
    private MudTable<ContactDto>? _table;
    private string? _q;
    private AccountOption? _account;
    private string? _ownerId;
    private string? _sort;
    private int? _total;
    private string? _error;

    /// <summary>Only this account's contacts; new contacts start at this account.</summary>
    [Parameter]
    public long? AccountId { get; set; }

    /// <summary>The account's name, for contacts created from its page.</summary>
    [Parameter]
    public string? AccountName { get; set; }

    [Parameter]
    public int Elevation { get; set; } = 1;

    [Inject]
    private IContactsApi Api { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private bool Filtered => !string.IsNullOrWhiteSpace(_q) || _account is not null || _ownerId is not null;

    private string TotalText => _total switch
    {
        null => "",
        1 => "1 contact",
        var n => $"{n:N0} contacts",
    };

    /// <summary>What the table shows now (every page): the export gives the same rows in the same order.</summary>
    private ContactQuery CurrentQuery(int offset = 0, int limit = 25) =>
        new(ContactForm.Clean(_q), AccountId ?? _account?.Id, _ownerId, _sort, offset, limit);

    private string ExportUrl => IContactsApi.ExportUrl(CurrentQuery());

    /// <remarks>Re-renders this component too: the total and the export link follow the table's query and sort.</remarks>
    private async Task<TableData<ContactDto>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        _sort = CrmSort.Key(state.SortLabel, state.SortDirection);
        var (data, total, error) = await ServerTable.PageAsync(async () =>
        {
            var page = await Api.ListAsync(CurrentQuery(state.Page * state.PageSize, state.PageSize), cancellationToken);
            return (page.Items, page.Total);
        });
        (_total, _error) = (total, error);

        await InvokeAsync(StateHasChanged);
        return data;
    }

    private Task SearchAsync(string? _) => FromFirstPageAsync();

    private Task AccountChangedAsync(AccountOption? account)
    {
        _account = account;
        return FromFirstPageAsync();
    }

    private Task OwnerChangedAsync(string? ownerId)
    {
        _ownerId = ownerId;
        return FromFirstPageAsync();
    }

    private Task FromFirstPageAsync() => ServerTable.FromFirstPageAsync(_table);

    private async Task NewAsync()
    {
        var parameters = new DialogParameters<ContactDialog>
        {
            { d => d.InitialAccount, AccountId is { } id ? new AccountOption(id, AccountName ?? $"Account {id}") : null },
        };
        var result = await (await Dialogs.ShowAsync<ContactDialog>("New contact", parameters, ContactDialog.Options)).Result;
        if (result is not { Canceled: false, Data: ContactDto created })
            return;
        // From the contacts list, open the new record; on an account's page, stay and list it with the others.
        if (AccountId is null)
            Navigation.NavigateTo($"crm/contacts/{created.Id}");
        else if (_table is not null)
            await _table.ReloadServerData();
    }
}
