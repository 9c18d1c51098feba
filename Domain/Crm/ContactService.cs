using Lodestar.Domain.Data;
using Lodestar.Domain.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm;

/// <summary>
/// Creates, edits and deletes contacts. Each save records its field changes and stores the contact's identify message
/// in the same transaction, so a saved contact always reaches identity resolution.
/// </summary>
public sealed class ContactService(IDbContextFactory<PortalDbContext> contexts, CrmSource source, TimeProvider time)
{
    public async Task<ContactView> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var contact = await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no contact with id {id}.");
        return (await CrmLookups.ViewsAsync(db, [contact], cancellationToken))[0];
    }

    /// <exception cref="DomainValidationException">A field is wrong, or the account, owner or external id does not fit.</exception>
    public Task<ContactView> CreateAsync(ContactFields input, string by, CancellationToken cancellationToken) =>
        SaveAsync(null, input, by, cancellationToken);

    public Task<ContactView> UpdateAsync(long id, ContactFields input, string by, CancellationToken cancellationToken) =>
        SaveAsync(id, input, by, cancellationToken);

    /// <summary>Deletes the contact; its deals and tickets stay without it, its activities stay on their other records.</summary>
    public async Task DeleteAsync(long id, string by, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await CrmDeletion.DeleteAsync(db, CrmRecordTypes.Contact, id, () => db.Contacts.FirstOrDefaultAsync(c => c.Id == id, cancellationToken),
            c => $"{c.FirstName} {c.LastName}", by, time.GetUtcNow().UtcDateTime, cancellationToken);
    }

    public async Task<IReadOnlyList<CrmFieldChange>> HistoryAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await CrmHistory.ListExistingAsync(db, CrmRecordTypes.Contact, id, () => db.Contacts.AnyAsync(c => c.Id == id, cancellationToken), cancellationToken);
    }

    /// <summary>Contacts that look like these fields: the same email, phone or external id, or the same name and birth date.</summary>
    public async Task<IReadOnlyList<PossibleDuplicate>> FindDuplicatesAsync(ContactFields input, long? exceptId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await ContactDuplicates.FindAsync(db, input, exceptId, cancellationToken);
    }

    private async Task<ContactView> SaveAsync(long? id, ContactFields input, string by, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var fields = ContactValidator.Normalize(input, DateOnly.FromDateTime(now));
        var sourceId = await source.IdAsync(cancellationToken);
        await using var db = contexts.CreateDbContext();
        await CheckReferencesAsync(db, fields, id, cancellationToken);
        // SQL Server retries transient faults: the whole unit (record, history, message) is replayed together.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            Contact contact;
            IReadOnlyList<(string, string?)>? before = null;
            if (id is { } existingId)
            {
                contact = await db.Contacts.FirstOrDefaultAsync(c => c.Id == existingId, cancellationToken)
                    ?? throw new NotFoundException($"There is no contact with id {existingId}.");
                var old = (await CrmLookups.ViewsAsync(db, [contact], cancellationToken))[0];
                before = ContactFieldValues.Of(contact, old.AccountName, old.OwnerName);
            }
            else
            {
                contact = new Contact { FirstName = "", LastName = "", CreatedAt = now };
                db.Contacts.Add(contact);
            }

            ContactFieldValues.Apply(contact, fields);
            contact.UpdatedAt = now;
            contact.Version++;
            await db.SaveChangesAsync(cancellationToken);
            var saved = (await CrmLookups.ViewsAsync(db, [contact], cancellationToken))[0];
            CrmHistory.AddChanges(db, CrmRecordTypes.Contact, contact.Id, before, ContactFieldValues.Of(contact, saved.AccountName, saved.OwnerName), by, now);
            await db.SaveChangesAsync(cancellationToken);
            await EventRows.AddAsync(db, [CrmMessages.ContactIdentify(contact, sourceId, now)], cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return saved;
        });
    }

    private static async Task CheckReferencesAsync(PortalDbContext db, ContactFields fields, long? id, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        await CrmLookups.CheckAccountAsync(db, fields.AccountId, errors, cancellationToken);
        await CrmLookups.CheckOwnerAsync(db, fields.OwnerId, errors, cancellationToken);
        if (fields.ExternalId is { } externalId
            && await db.Contacts.Where(c => c.ExternalId == externalId && c.Id != id).Select(c => new { c.Id, c.FirstName, c.LastName }).FirstOrDefaultAsync(cancellationToken) is { } other)
            CrmFieldRules.Add(errors, "externalId", $"Contact #{other.Id} ({other.FirstName} {other.LastName}) already has external id '{externalId}'.");
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
    }
}
