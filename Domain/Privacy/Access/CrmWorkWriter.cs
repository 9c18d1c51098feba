using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Activities;
using Lodestar.Domain.Data;
using Lodestar.Domain.Money;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Access;

/// <summary>The work recorded with the person in the CRM: activities, tickets and deals.</summary>
internal static class CrmWorkWriter
{
    public static void WriteActivities(SubjectJsonWriter w, List<Activity> activities, Dictionary<string, string> users, SubjectExportSummary summary)
    {
        var json = w.Json;
        json.WriteStartArray("activities");
        foreach (var a in activities)
        {
            json.WriteStartObject();
            json.WriteNumber("activityId", a.Id);
            w.Enum("kind", a.Kind);
            json.WriteString("subject", a.Subject);
            w.String("body", a.Body);
            w.Time("occurredAt", a.OccurredAt);
            w.Number("contactId", a.ContactId);
            w.Number("ticketId", a.TicketId);
            w.Number("dealId", a.DealId);
            w.Number("durationMinutes", a.DurationMinutes);
            w.Enum("direction", a.Direction);
            w.Enum("outcome", a.Outcome);
            w.Time("dueAt", a.DueAt);
            w.Time("completedAt", a.CompletedAt);
            w.String("assignee", CrmSection.Name(users, a.AssigneeId));
            json.WriteString("createdBy", CrmSection.Name(users, a.CreatedBy));
            w.Time("createdAt", a.CreatedAt);
            json.WriteEndObject();
            summary.CrmActivities++;
        }

        json.WriteEndArray();
    }

    public static void WriteTickets(SubjectJsonWriter w, List<Ticket> tickets, Dictionary<string, string> users, SubjectExportSummary summary)
    {
        var json = w.Json;
        json.WriteStartArray("tickets");
        foreach (var t in tickets)
        {
            json.WriteStartObject();
            json.WriteNumber("ticketId", t.Id);
            w.Number("contactId", t.ContactId);
            json.WriteString("subject", t.Subject);
            w.String("description", t.Description);
            w.Enum("status", t.Status);
            w.Enum("priority", t.Priority);
            w.String("assignee", CrmSection.Name(users, t.AssigneeId));
            w.Time("createdAt", t.CreatedAt);
            w.Time("dueAt", t.DueAt);
            w.Time("solvedAt", t.SolvedAt);
            json.WriteEndObject();
            summary.CrmTickets++;
        }

        json.WriteEndArray();
    }

    public static async Task WriteDealsAsync(PortalDbContext db, List<long> contacts, SubjectJsonWriter w, Dictionary<string, string> users,
        SubjectExportSummary summary, CancellationToken cancellationToken)
    {
        var deals = await db.Deals.AsNoTracking().Where(d => d.ContactId != null && contacts.Contains(d.ContactId.Value)).OrderBy(d => d.Id)
            .ToListAsync(cancellationToken);
        var stageIds = deals.Select(d => d.StageId).Distinct().ToList();
        var stages = await db.PipelineStages.AsNoTracking().Where(s => stageIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var json = w.Json;
        json.WriteStartArray("deals");
        foreach (var d in deals)
        {
            json.WriteStartObject();
            json.WriteNumber("dealId", d.Id);
            w.Number("contactId", d.ContactId);
            json.WriteString("name", d.Name);
            json.WriteNumber("amount", Currencies.ToMajor(d.Amount, d.Currency));
            json.WriteString("currency", d.Currency);
            w.String("stage", stages.GetValueOrDefault(d.StageId));
            w.Date("closeDate", d.CloseDate);
            w.Time("closedAt", d.ClosedAt);
            w.String("closeReason", d.CloseReason);
            w.String("owner", CrmSection.Name(users, d.OwnerId));
            w.Time("createdAt", d.CreatedAt);
            json.WriteEndObject();
            summary.CrmDeals++;
        }

        json.WriteEndArray();
    }
}
