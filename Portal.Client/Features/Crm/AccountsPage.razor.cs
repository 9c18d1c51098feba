using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>The account list: server-paged, searchable, filtered by owner, sortable, exportable.</summary>
public sealed partial class AccountsPage
{
    private static readonly int[] PageSizes = [25, 50, 100];
    private static readonly List<BreadcrumbItem> Crumbs = [new("CRM", "crm"), new("Accounts", null, disabled: true)];
    private readonly CrmTable<AccountDto> _list = new("account");
    private string? _q;
    private string? _ownerId;

    [Inject]
    private IAccountsApi Api { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private bool Filtered => !string.IsNullOrWhiteSpace(_q) || _ownerId is not null;

    private AccountQuery CurrentQuery(int offset = 0, int limit = 25) => new(ContactForm.Clean(_q), _ownerId, _list.Sort, offset, limit);

    private string ExportUrl => IAccountsApi.ExportUrl(CurrentQuery());

    private Task<TableData<AccountDto>> LoadAsync(TableState state, CancellationToken cancellationToken) => _list.LoadAsync(state, async (offset, limit) =>
    {
        var page = await Api.ListAsync(CurrentQuery(offset, limit), cancellationToken);
        return (page.Items, page.Total);
    }, () => InvokeAsync(StateHasChanged));

    private Task SearchAsync(string? _) => _list.FromFirstPageAsync();

    private Task OwnerChangedAsync(string? ownerId)
    {
        _ownerId = ownerId;
        return _list.FromFirstPageAsync();
    }

    private Task ApplyAsync(AccountQuery view)
    {
        (_q, _ownerId) = (view.Q, view.OwnerId);
        return _list.SortAsync(view.Sort);
    }

    private async Task NewAsync()
    {
        var result = await (await Dialogs.ShowAsync<AccountDialog>("New account", AccountDialog.Options)).Result;
        if (result is { Canceled: false, Data: AccountDto created })
            Navigation.NavigateTo($"crm/accounts/{created.Id}");
    }
}
