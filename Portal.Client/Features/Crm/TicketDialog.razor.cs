using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>
/// Opens or edits a ticket: checks the form, saves, and shows what the server refuses under its field. Closes with the
/// saved <see cref="TicketDto"/>. Tickets are not checked for look-alikes: one customer often has several open.
/// </summary>
public sealed partial class TicketDialog
{
    public static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.Small, FullWidth = true, BackdropClick = false };

    private MudForm _form = default!;
    private TicketForm _model = new();
    private RecordSave<TicketInput, TicketDto> _save = default!;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private ITicketsApi Api { get; set; } = default!;

    /// <summary>The ticket to edit; null to open one.</summary>
    [Parameter]
    public TicketDto? Existing { get; set; }

    /// <summary>The contact a new ticket is for (when opened from the contact's page).</summary>
    [Parameter]
    public ContactOption? InitialContact { get; set; }

    /// <summary>The account a new ticket is for (from the account's page, or the contact's account).</summary>
    [Parameter]
    public AccountOption? InitialAccount { get; set; }

    protected override void OnInitialized()
    {
        _model = Existing is null
            ? new TicketForm { Contact = InitialContact, Account = InitialAccount ?? InitialContact?.Account }
            : TicketForm.From(Existing);
        _save = new RecordSave<TicketInput, TicketDto>(CrmFields.Ticket, _ => Task.FromResult<IReadOnlyList<PossibleDuplicateDto>>([]),
            input => Existing is null ? Api.CreateAsync(input) : Api.UpdateAsync(Existing.Id, input));
    }

    private static string? CheckSubject(string? subject) =>
        subject?.Trim().Length > TicketForm.SubjectLength ? $"Keep the subject to {TicketForm.SubjectLength} characters; put the rest in the description." : null;

    private static string? CheckDescription(string? description) =>
        description?.Trim().Length > TicketForm.DescriptionLength ? $"The description is too long: at most {TicketForm.DescriptionLength:N0} characters." : null;

    /// <summary>Picking a contact fills in its account when none is chosen yet.</summary>
    private void ContactChanged(ContactOption? contact)
    {
        _model.Contact = contact;
        _model.Account ??= contact?.Account;
    }

    private async Task SaveAsync()
    {
        if (await _save.RunAsync(_form, _model.ToInput, checkDuplicates: false, StateHasChanged) is { } saved)
            Dialog.Close(DialogResult.Ok(saved));
    }
}
