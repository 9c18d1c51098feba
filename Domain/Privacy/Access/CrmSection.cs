using Lodestar.Domain.Crm;
using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Access;

/// <summary>
/// <c>crm</c>: the person's contacts with every field, the activities (notes, calls, emails, meetings, tasks) on them and
/// on their tickets, their tickets and deals, and the field history of the contacts, tickets and activities. Portal users
/// (owners, assignees) are named by their display name or email.
/// </summary>
internal static class CrmSection
{
    public static async Task WriteAsync(PortalDbContext db, SubjectExport export, SubjectJsonWriter w, SubjectExportSummary summary,
        CancellationToken cancellationToken)
    {
        var contacts = export.Footprint.ContactIds.Order().ToList();
        var users = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName ?? u.Email ?? u.UserName ?? u.Id, cancellationToken);
        var rows = await db.Contacts.AsNoTracking().Where(c => contacts.Contains(c.Id)).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var accountIds = rows.Where(c => c.AccountId != null).Select(c => c.AccountId!.Value).Distinct().ToList();
        var accounts = await db.CrmAccounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var tickets = await db.CrmTickets.AsNoTracking().Where(t => t.ContactId != null && contacts.Contains(t.ContactId.Value))
            .OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var ticketIds = tickets.Select(t => t.Id).ToList();
        var activities = await db.CrmActivities.AsNoTracking()
            .Where(a => (a.ContactId != null && contacts.Contains(a.ContactId.Value)) || (a.TicketId != null && ticketIds.Contains(a.TicketId.Value)))
            .OrderBy(a => a.OccurredAt).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var activityIds = activities.Select(a => a.Id).ToList();

        var json = w.Json;
        json.WriteStartObject("crm");
        json.WriteStartArray("contacts");
        foreach (var c in rows)
        {
            json.WriteStartObject();
            json.WriteNumber("contactId", c.Id);
            w.String("externalId", c.ExternalId);
            json.WriteString("firstName", c.FirstName);
            json.WriteString("lastName", c.LastName);
            w.String("email", c.Email);
            w.String("phone", c.Phone);
            w.Date("birthDate", c.BirthDate);
            w.String("street", c.Street);
            w.String("streetNumber", c.StreetNumber);
            w.String("city", c.City);
            w.String("postcode", c.Postcode);
            w.String("state", c.State);
            w.String("country", c.Country);
            w.String("account", c.AccountId is { } a ? accounts.GetValueOrDefault(a) : null);
            w.String("owner", Name(users, c.OwnerId));
            w.Time("createdAt", c.CreatedAt);
            w.Time("updatedAt", c.UpdatedAt);
            json.WriteEndObject();
            summary.CrmContacts++;
        }

        json.WriteEndArray();
        CrmWorkWriter.WriteActivities(w, activities, users, summary);
        CrmWorkWriter.WriteTickets(w, tickets, users, summary);
        await CrmWorkWriter.WriteDealsAsync(db, contacts, w, users, summary, cancellationToken);
        await WriteHistoryAsync(db, contacts, ticketIds, activityIds, w, summary, cancellationToken);
        json.WriteEndObject();
        await w.FlushIfFullAsync(cancellationToken);
    }

    public static string? Name(Dictionary<string, string> users, string? id) => id is null ? null : users.GetValueOrDefault(id, id);

    private static async Task WriteHistoryAsync(PortalDbContext db, List<long> contacts, List<long> tickets, List<long> activities, SubjectJsonWriter w,
        SubjectExportSummary summary, CancellationToken cancellationToken)
    {
        var changes = await db.CrmFieldChanges.AsNoTracking().Where(c =>
                (c.RecordType == CrmRecordTypes.Contact && contacts.Contains(c.RecordId))
                || (c.RecordType == CrmRecordTypes.Ticket && tickets.Contains(c.RecordId))
                || (c.RecordType == CrmRecordTypes.Activity && activities.Contains(c.RecordId)))
            .OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var json = w.Json;
        json.WriteStartArray("fieldHistory");
        foreach (var c in changes)
        {
            json.WriteStartObject();
            json.WriteString("record", $"{c.RecordType} {c.RecordId}");
            json.WriteString("field", c.Field);
            w.String("from", c.OldValue);
            w.String("to", c.NewValue);
            json.WriteString("changedBy", c.ChangedBy);
            w.Time("changedAt", c.ChangedAt);
            json.WriteEndObject();
            summary.CrmFieldChanges++;
        }

        json.WriteEndArray();
    }
}
