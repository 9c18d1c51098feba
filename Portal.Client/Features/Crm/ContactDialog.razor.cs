using System.Text.RegularExpressions;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>
/// Creates or edits a contact. Saving checks the form, then asks the API for possible duplicates and lets the person
/// decide before anything is stored; what the server refuses is shown under the field it names. Closes with the saved
/// <see cref="ContactDto"/>.
/// </summary>
public sealed partial class ContactDialog
{
    /// <summary>The form is wide; it would be cramped in the default small dialog.</summary>
    public static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.Medium, FullWidth = true, BackdropClick = false };

    private MudForm _form = default!;
    private ContactForm _model = new();
    private RecordSave<ContactInput, ContactDto> _save = default!;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private IContactsApi Api { get; set; } = default!;

    /// <summary>The contact to edit; null to create one.</summary>
    [Parameter]
    public ContactDto? Existing { get; set; }

    /// <summary>The account a new contact starts at (when created from the account's page).</summary>
    [Parameter]
    public AccountOption? InitialAccount { get; set; }

    protected override void OnInitialized()
    {
        _model = Existing is null ? new ContactForm { Account = InitialAccount } : ContactForm.From(Existing);
        _save = new RecordSave<ContactInput, ContactDto>(CrmFields.Contact, input => Api.FindDuplicatesAsync(input, Existing?.Id),
            input => Existing is null ? Api.CreateAsync(input) : Api.UpdateAsync(Existing.Id, input));
    }

    /// <summary>Only the shape (something@domain.tld): whether the address exists is the server's and the mail's business.</summary>
    private static string? CheckEmail(string? email) =>
        string.IsNullOrWhiteSpace(email) || EmailShape().IsMatch(email.Trim()) ? null : "Enter an email address like ann@example.com.";

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailShape();

    private Task SaveAsync() => SaveAsync(checkDuplicates: true);

    private Task SaveAnywayAsync() => SaveAsync(checkDuplicates: false);

    private async Task SaveAsync(bool checkDuplicates)
    {
        if (await _save.RunAsync(_form, _model.ToInput, checkDuplicates, StateHasChanged) is { } saved)
            Dialog.Close(DialogResult.Ok(saved));
    }
}
