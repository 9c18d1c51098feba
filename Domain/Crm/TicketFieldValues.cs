using System.Globalization;

namespace Lodestar.Domain.Crm;

/// <summary>A ticket's fields as the history shows them, and applying checked fields to it.</summary>
internal static class TicketFieldValues
{
    public static IReadOnlyList<(string Field, string? Value)> Of(Ticket t, TicketView names) =>
    [
        ("subject", t.Subject), ("description", CrmHistory.Shortened(t.Description)), ("status", TicketNames.Of(t.Status)),
        ("priority", TicketNames.Of(t.Priority)), ("assignee", names.AssigneeName), ("contact", names.ContactName),
        ("account", names.AccountName), ("dueAt", t.DueAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
    ];

    /// <summary>Status and priority left empty keep the ticket's (a new ticket starts new and normal).</summary>
    public static void Apply(Ticket t, CheckedTicketFields f)
    {
        t.Subject = f.Subject;
        t.Description = f.Description;
        t.Status = f.Status ?? t.Status;
        t.Priority = f.Priority ?? t.Priority;
        t.AssigneeId = f.AssigneeId;
        t.ContactId = f.ContactId;
        t.AccountId = f.AccountId;
    }
}
