using Lodestar.Domain.Data;
using Lodestar.Domain.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm.Import;

/// <summary>Contacts from import rows: checked like the form checks them, references looked up once for the whole file.</summary>
internal static class ContactImporter
{
    public static async Task<List<Contact>> CheckAsync(PortalDbContext db, IReadOnlyList<CrmImportRow> rows, DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        var references = await ImportReferences.LoadAsync(db, cancellationToken);
        var takenExternalIds = (await db.Contacts.Where(c => c.ExternalId != null).Select(c => c.ExternalId!).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var contacts = new List<Contact>(rows.Count);
        foreach (var row in rows)
        {
            var accountId = references.Account(row);
            var input = new ContactFields
            {
                ExternalId = row.Text("externalId"), FirstName = row.Text("firstName"), LastName = row.Text("lastName"), Email = row.Text("email"),
                Phone = row.Text("phone"), BirthDate = row.Date("birthDate"), Street = row.Text("street"), StreetNumber = row.Text("streetNumber"),
                City = row.Text("city"), Postcode = row.Text("postcode"), State = row.Text("state"), Country = row.Text("country"),
                AccountId = accountId, OwnerId = references.Owner(row),
            };
            if (input.ExternalId is { } externalId && !takenExternalIds.Add(externalId))
                row.Reject("externalId", $"External id '{externalId}' is already used, by an existing contact or an earlier row of this file.");
            try
            {
                var fields = ContactValidator.Normalize(input, today);
                var contact = new Contact { FirstName = "", LastName = "", CreatedAt = now, UpdatedAt = now, Version = 1 };
                ContactFieldValues.Apply(contact, fields);
                contacts.Add(contact);
            }
            catch (DomainValidationException refused)
            {
                row.Reject(refused);
            }
        }

        return contacts;
    }

    /// <summary>Stores the contacts with their identify messages, so identity resolution links them like contacts saved in the form.</summary>
    public static async Task StoreAsync(PortalDbContext db, List<Contact> contacts, int sourceId, DateTime now, CancellationToken cancellationToken)
    {
        db.Contacts.AddRange(contacts);
        await db.SaveChangesAsync(cancellationToken);
        await EventRows.AddAsync(db, contacts.Select(c => CrmMessages.ContactIdentify(c, sourceId, now)).ToList(), cancellationToken);
    }
}
