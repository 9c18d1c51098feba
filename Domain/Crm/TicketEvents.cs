using System.Globalization;
using System.Text.Json.Nodes;
using Lodestar.Domain.Events;

namespace Lodestar.Domain.Crm;

/// <summary>
/// The track events a ticket's save stores, so funnels can mix support steps with product ones: "Ticket Opened" when it
/// is created, "Ticket Solved" when it becomes solved, "Ticket Reopened" when done work becomes open again.
/// </summary>
internal static class TicketEvents
{
    public const string Opened = "Ticket Opened";
    public const string Solved = "Ticket Solved";
    public const string Reopened = "Ticket Reopened";

    /// <param name="before">The status before the save; null for a new ticket.</param>
    public static IReadOnlyList<TrackedEvent> For(Ticket ticket, TicketStatus? before, int sourceId, DateTime now)
    {
        var id = ticket.Id.ToString(CultureInfo.InvariantCulture);
        var events = new List<(string Name, string MessageId)>();
        if (before is null)
            events.Add((Opened, $"crm-ticket-{id}-opened"));
        if (ticket.Status == TicketStatus.Solved && before != TicketStatus.Solved)
            events.Add((Solved, $"crm-ticket-{id}-solved-{ticket.Version}"));
        if (before is { } old && TicketNames.IsDone(old) && !TicketNames.IsDone(ticket.Status))
            events.Add((Reopened, $"crm-ticket-{id}-reopened-{ticket.Version}"));
        return events.Select(e => CrmMessages.Track(e.Name, e.MessageId, ticket.ContactId, Properties(ticket), sourceId, now)).ToList();
    }

    private static JsonObject Properties(Ticket ticket) => new()
    {
        ["ticket_id"] = ticket.Id,
        ["subject"] = ticket.Subject,
        ["priority"] = TicketNames.Of(ticket.Priority),
        ["status"] = TicketNames.Of(ticket.Status),
        ["account_id"] = ticket.AccountId,
    };
}
