using Lodestar.Domain.Data;
using Lodestar.Domain.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm.Import;

/// <summary>Contacts from import rows: checked like the form checks them, references looked up once for the whole file.</summary>
internal static class ContactImporter
{
    public static async Task<List<Contact>> CheckAsync(PortalDbContext db, IReadOnlyList<CrmImportRow> rows, DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        var accountsByName = await db.CrmAccounts.AsNoTracking().Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        var names = accountsByName.GroupBy(a => a.Name.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Select(a => a.Id).ToList());
        var accountIds = accountsByName.Select(a => a.Id).ToHashSet();
        var owners = (await db.Users.Select(u => u.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var takenExternalIds = (await db.Contacts.Where(c => c.ExternalId != null).Select(c => c.ExternalId!).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var contacts = new List<Contact>(rows.Count);
        foreach (var row in rows)
        {
            var accountId = row.Id("accountId");
            if (accountId is null && row.Text("accountName") is { } accountName)
            {
                if (!names.TryGetValue(accountName.ToLowerInvariant(), out var matches))
                    row.Reject("accountName", $"There is no account named '{accountName}': create it first (or import accounts before contacts), or leave it empty.");
                else if (matches.Count > 1)
                    row.Reject("accountName", $"{matches.Count} accounts are named '{accountName}': give the account's id in accountId instead.");
                else
                    accountId = matches[0];
            }
            else if (accountId is { } id && !accountIds.Contains(id))
                row.Reject("accountId", $"There is no account with id {id}.");

            var input = new ContactFields
            {
                ExternalId = row.Text("externalId"), FirstName = row.Text("firstName"), LastName = row.Text("lastName"), Email = row.Text("email"),
                Phone = row.Text("phone"), BirthDate = row.Date("birthDate"), Street = row.Text("street"), StreetNumber = row.Text("streetNumber"),
                City = row.Text("city"), Postcode = row.Text("postcode"), State = row.Text("state"), Country = row.Text("country"),
                AccountId = accountId, OwnerId = row.Text("ownerId"),
            };
            if (input.OwnerId is { } owner && !owners.Contains(owner))
                row.Reject("ownerId", $"'{owner}' is not a portal user's id: see GET /api/crm/owners, or leave it empty.");
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
