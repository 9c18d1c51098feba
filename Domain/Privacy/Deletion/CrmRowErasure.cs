using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Activities;
using Lodestar.Domain.Crm.Deals;
using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Deletion;

/// <summary>
/// The person's CRM records: their contacts with every activity on them (notes, calls, emails, meetings, tasks), their
/// tickets with the tickets' activities, and the field history of all of these. Deals are the company's: they stay,
/// without the contact, and the contact's name is erased from their history.
/// </summary>
internal static class CrmRowErasure
{
    public static async Task<DeletionReceipt> EraseAsync(PortalDbContext db, IReadOnlyList<long> contacts, DeletionReceipt receipt, CancellationToken cancellationToken)
    {
        var tickets = await db.CrmTickets.Where(t => t.ContactId != null && contacts.Contains(t.ContactId.Value)).Select(t => t.Id).ToListAsync(cancellationToken);
        var deals = await db.Deals.Where(d => d.ContactId != null && contacts.Contains(d.ContactId.Value)).Select(d => d.Id).ToListAsync(cancellationToken);
        var activities = await db.CrmActivities
            .Where(a => (a.ContactId != null && contacts.Contains(a.ContactId.Value)) || (a.TicketId != null && tickets.Contains(a.TicketId.Value)))
            .Select(a => a.Id).ToListAsync(cancellationToken);

        var history = await db.CrmFieldChanges.Where(c =>
                (c.RecordType == CrmRecordTypes.Contact && contacts.Contains(c.RecordId))
                || (c.RecordType == CrmRecordTypes.Ticket && tickets.Contains(c.RecordId))
                || (c.RecordType == CrmRecordTypes.Activity && activities.Contains(c.RecordId)))
            .ExecuteDeleteAsync(cancellationToken);
        var dealHistory = await db.CrmFieldChanges.Where(c => c.RecordType == CrmRecordTypes.Deal && deals.Contains(c.RecordId) && c.Field == "contact")
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.OldValue, c => c.OldValue == null ? null : EventPayloadScrubber.Erased)
                .SetProperty(c => c.NewValue, c => c.NewValue == null ? null : EventPayloadScrubber.Erased), cancellationToken);
        var removedActivities = await db.CrmActivities.Where(a => activities.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
        var removedTickets = await db.CrmTickets.Where(t => tickets.Contains(t.Id)).ExecuteDeleteAsync(cancellationToken);
        var detached = await db.Deals.Where(d => deals.Contains(d.Id)).ExecuteUpdateAsync(s => s.SetProperty(d => d.ContactId, (long?)null), cancellationToken);
        var removedContacts = await db.Contacts.Where(c => contacts.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
        return receipt.Add(DeletionStores.Of<Contact>(db), "deleted", removedContacts)
            .Add(DeletionStores.Of<Activity>(db), "deleted", removedActivities)
            .Add(DeletionStores.Of<Ticket>(db), "deleted", removedTickets)
            .Add(DeletionStores.Of<Deal>(db), "detached", detached)
            .Add(DeletionStores.Of<CrmFieldChange>(db), "deleted", history)
            .Add(DeletionStores.Of<CrmFieldChange>(db), "scrubbed", dealHistory);
    }
}
