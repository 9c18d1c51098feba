using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>An account's record: its details, what changed, and the contacts who work there.</summary>
public sealed partial class AccountPage
{
    private AccountDto? _account;
    private IReadOnlyList<FieldChangeDto> _history = [];
    private string? _error;
    private string? _actionError;
    private List<BreadcrumbItem> _crumbs = [];

    [Parameter]
    public long Id { get; set; }

    [Inject]
    private IAccountsApi Api { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _account = null;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _error = null;
        try
        {
            _account = await Api.GetAsync(Id);
            _history = await Api.HistoryAsync(Id);
        }
        catch (ApiException ex)
        {
            _error = ex.Message;
        }

        _crumbs = [new("CRM", "crm"), new("Accounts", "crm/accounts"), new(_account?.Name ?? $"Account {Id}", null, disabled: true)];
    }

    private async Task EditAsync()
    {
        var parameters = new DialogParameters<AccountDialog> { { d => d.Existing, _account } };
        var result = await (await Dialogs.ShowAsync<AccountDialog>("Edit account", parameters, AccountDialog.Options)).Result;
        if (result is { Canceled: false })
            await LoadAsync();
    }

    private async Task DeleteAsync()
    {
        var name = _account?.Name ?? $"account {Id}";
        var confirmed = await Dialogs.ShowMessageBoxAsync("Delete " + name + "?",
            "The account is deleted. Its contacts stay in the CRM, without an account.", yesText: "Delete", cancelText: "Cancel");
        if (confirmed != true)
            return;
        _actionError = null;
        try
        {
            await Api.DeleteAsync(Id);
            Snackbar.Add($"{name} was deleted.", Severity.Success);
            Navigation.NavigateTo("crm/accounts");
        }
        catch (ApiException ex)
        {
            _actionError = ex.Message;
        }
    }
}
