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
    private FieldErrors _errors = FieldErrors.None;
    private IReadOnlyList<PossibleDuplicateDto> _duplicates = [];
    private string? _message;
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private IAccountsApi Api { get; set; } = default!;

    /// <summary>The account to edit; null to create one.</summary>
    [Parameter]
    public AccountDto? Existing { get; set; }

    protected override void OnInitialized() => _model = Existing is null ? new AccountForm() : AccountForm.From(Existing);

    private static string? CheckEmployees(int? employees) => employees < 0 ? "Employees cannot be negative." : null;

    private Task SaveAsync() => SaveAsync(checkDuplicates: true);

    private Task SaveAnywayAsync() => SaveAsync(checkDuplicates: false);

    private void DismissDuplicates() => _duplicates = [];

    private async Task SaveAsync(bool checkDuplicates)
    {
        _errors = FieldErrors.None;
        _message = null;
        await _form.ValidateAsync();
        if (!_form.IsValid)
            return;
        var input = _model.ToInput();
        _saving = true;
        try
        {
            _duplicates = checkDuplicates ? await Api.FindDuplicatesAsync(input, Existing?.Id) : [];
            if (_duplicates.Count > 0)
                return;
            Dialog.Close(DialogResult.Ok(Existing is null ? await Api.CreateAsync(input) : await Api.UpdateAsync(Existing.Id, input)));
        }
        catch (ApiException ex)
        {
            _duplicates = [];
            _errors = new FieldErrors(ex.Errors, CrmFields.Account);
            _message = ex.Message;
        }
        finally
        {
            _saving = false;
        }
    }
}
