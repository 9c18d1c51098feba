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
    private readonly CrmTable<ContactDto> _list = new("contact");
    private string? _q;
    private AccountOption? _account;
    private string? _ownerId;

    /// <summary>Only this account's contacts; new contacts start at this account.</summary>
    [Parameter]
    public long? AccountId { get; set; }

    /// <summary>The account's name, for contacts created from its page.</summary>
    [Parameter]
    public string? AccountName { get; set; }

    [Parameter]
    public int Elevation { get; set; } = 1;

    /// <summary>Offers the saved views of the contact list (on the contacts page).</summary>
    [Parameter]
    public bool SavedViews { get; set; }

    [Inject]
    private IContactsApi Api { get; set; } = default!;

    [Inject]
    private IAccountsApi Accounts { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private bool Filtered => !string.IsNullOrWhiteSpace(_q) || _account is not null || _ownerId is not null;

    /// <summary>What the table shows now (every page): the export gives the same rows in the same order.</summary>
    private ContactQuery CurrentQuery(int offset = 0, int limit = 25) =>
        new(ContactForm.Clean(_q), AccountId ?? _account?.Id, _ownerId, _list.Sort, offset, limit);

    private string ExportUrl => IContactsApi.ExportUrl(CurrentQuery());

    private Task<TableData<ContactDto>> LoadAsync(TableState state, CancellationToken cancellationToken) => _list.LoadAsync(state, async (offset, limit) =>
    {
        var page = await Api.ListAsync(CurrentQuery(offset, limit), cancellationToken);
        return (page.Items, page.Total);
    }, () => InvokeAsync(StateHasChanged));

    private Task SearchAsync(string? _) => _list.FromFirstPageAsync();

    private Task AccountChangedAsync(AccountOption? account)
    {
        _account = account;
        return _list.FromFirstPageAsync();
    }

    private Task OwnerChangedAsync(string? ownerId)
    {
        _ownerId = ownerId;
        return _list.FromFirstPageAsync();
    }

    private async Task ApplyAsync(ContactQuery view)
    {
        (_q, _ownerId) = (view.Q, view.OwnerId);
        _account = view.AccountId is { } id ? await AccountOption.OfAsync(Accounts, id) : null;
        await _list.SortAsync(view.Sort);
    }

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
        else
            await _list.ReloadAsync();
    }
}
