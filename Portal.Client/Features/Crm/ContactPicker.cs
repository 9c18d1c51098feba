using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>Picks a contact by name, email, phone or external id.</summary>
public sealed class ContactPicker : RecordPicker<ContactOption>
{
    public ContactPicker() => Label = "Contact";

    [Inject]
    private IContactsApi Api { get; set; } = default!;

    protected override string NoMatchText => "No contact matches. Contacts are created under CRM → Contacts.";

    protected override string NameOf(ContactOption option) => option.Name;

    protected override async Task<IEnumerable<ContactOption>> FindAsync(string? text, CancellationToken cancellationToken) =>
        (await Api.ListAsync(new ContactQuery(Q: text, Sort: "name", Limit: PageSize), cancellationToken)).Items
            .Select(c => new ContactOption(c.Id, c.Name, c.AccountId is { } id ? new AccountOption(id, c.AccountName ?? $"Account {id}") : null));
}
