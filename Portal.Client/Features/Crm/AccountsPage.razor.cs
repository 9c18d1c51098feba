using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>The account list: server-paged, searchable, filtered by owner, sortable, exportable.</summary>
public sealed partial class AccountsPage
{
    private static readonly int[] PageSizes = [25, 50, 100];
    private static readonly List<BreadcrumbItem> Crumbs = [new("CRM", "crm"), new("Accounts", null, disabled: true)];
    private MudTable<AccountDto>? _table;
    private string? _q;
    private string? _ownerId;
    private string? _sort;
    private int? _total;
    private string? _error;

    [Inject]
    private IAccountsApi Api { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private bool Filtered => !string.IsNullOrWhiteSpace(_q) || _ownerId is not null;

    private string TotalText => _total switch
    {
        null => "",
        1 => "1 account",
        var n => $"{n:N0} accounts",
    };

    private AccountQuery CurrentQuery(int offset = 0, int limit = 25) => new(ContactForm.Clean(_q), _ownerId, _sort, offset, limit);

    private string ExportUrl => IAccountsApi.ExportUrl(CurrentQuery());

    /// <remarks>Re-renders the page too: the total and the export link follow the table's query and sort.</remarks>
    private async Task<TableData<AccountDto>> LoadAsync(TableState state, CancellationToken cancellationToken)
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

    private Task OwnerChangedAsync(string? ownerId)
    {
        _ownerId = ownerId;
        return FromFirstPageAsync();
    }

    private Task FromFirstPageAsync() => ServerTable.FromFirstPageAsync(_table);

    private async Task NewAsync()
    {
        var result = await (await Dialogs.ShowAsync<AccountDialog>("New account", AccountDialog.Options)).Result;
        if (result is { Canceled: false, Data: AccountDto created })
            Navigation.NavigateTo($"crm/accounts/{created.Id}");
    }
}
