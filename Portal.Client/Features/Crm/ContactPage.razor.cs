using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>A contact's record: who it is, every field, what changed, and what the person did in the product.</summary>
public sealed partial class ContactPage
{
    private Activities.ContactTimeline? _timeline;
    private Activities.RecordActivities? _activities;

    [Inject]
    private IContactsApi Api { get; set; } = default!;

    protected override string Noun => "contact";

    protected override (string Title, string Path) List => ("Contacts", "crm/contacts");

    protected override string DeleteExplanation => "The contact is deleted from the CRM. The person's tracked events and profile stay in the CDP.";

    protected override string NameOf(ContactDto record) => record.Name;

    /// <summary>A ticket opened from here starts at the contact's account.</summary>
    private AccountOption? ContactAccount => Record?.AccountId is { } id ? new AccountOption(id, Record.AccountName ?? $"Account {id}") : null;

    protected override Task<ContactDto> GetAsync(long id) => Api.GetAsync(id);

    protected override Task<IReadOnlyList<FieldChangeDto>> HistoryAsync(long id) => Api.HistoryAsync(id);

    protected override Task DeleteRecordAsync(long id) => Api.DeleteAsync(id);

    protected override async Task<bool> ShowEditDialogAsync(ContactDto record)
    {
        var parameters = new DialogParameters<ContactDialog> { { d => d.Existing, record } };
        return await (await Dialogs.ShowAsync<ContactDialog>("Edit contact", parameters, ContactDialog.Options)).Result is { Canceled: false };
    }
}
