using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>An account's record: its details, what changed, and the contacts who work there.</summary>
public sealed partial class AccountPage
{
    [Inject]
    private IAccountsApi Api { get; set; } = default!;

    protected override string Noun => "account";

    protected override (string Title, string Path) List => ("Accounts", "crm/accounts");

    protected override string DeleteExplanation => "The account is deleted. Its contacts stay in the CRM, without an account.";

    protected override string NameOf(AccountDto record) => record.Name;

    protected override Task<AccountDto> GetAsync(long id) => Api.GetAsync(id);

    protected override Task<IReadOnlyList<FieldChangeDto>> HistoryAsync(long id) => Api.HistoryAsync(id);

    protected override Task DeleteRecordAsync(long id) => Api.DeleteAsync(id);

    protected override async Task<bool> ShowEditDialogAsync(AccountDto record)
    {
        var parameters = new DialogParameters<AccountDialog> { { d => d.Existing, record } };
        return await (await Dialogs.ShowAsync<AccountDialog>("Edit account", parameters, AccountDialog.Options)).Result is { Canceled: false };
    }
}
