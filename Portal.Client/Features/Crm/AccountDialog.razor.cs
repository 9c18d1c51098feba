using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>
/// Creates or edits an account: checks the form, warns about accounts with the same name or domain and lets the person
/// decide, then saves; what the server refuses is shown under its field. Closes with the saved <see cref="AccountDto"/>.
/// </summary>
public sealed partial class AccountDialog
{
    public static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.Small, FullWidth = true, BackdropClick = false };

    private MudForm _form = default!;
    private AccountForm _model = new();
    private RecordSave<AccountInput, AccountDto> _save = default!;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private IAccountsApi Api { get; set; } = default!;

    /// <summary>The account to edit; null to create one.</summary>
    [Parameter]
    public AccountDto? Existing { get; set; }

    protected override void OnInitialized()
    {
        _model = Existing is null ? new AccountForm() : AccountForm.From(Existing);
        _save = new RecordSave<AccountInput, AccountDto>(CrmFields.Account, input => Api.FindDuplicatesAsync(input, Existing?.Id),
            input => Existing is null ? Api.CreateAsync(input) : Api.UpdateAsync(Existing.Id, input));
    }

    private static string? CheckEmployees(int? employees) => employees < 0 ? "Employees cannot be negative." : null;

    private Task SaveAsync() => SaveAsync(checkDuplicates: true);

    private Task SaveAnywayAsync() => SaveAsync(checkDuplicates: false);

    private async Task SaveAsync(bool checkDuplicates)
    {
        if (await _save.RunAsync(_form, _model.ToInput, checkDuplicates, StateHasChanged) is { } saved)
            Dialog.Close(DialogResult.Ok(saved));
    }
}
