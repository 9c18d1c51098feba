namespace Lodestar.Domain.Crm;

/// <summary>How urgent a ticket is, lowest first; it sets the ticket's SLA due time.</summary>
public enum TicketPriority
{
    Low,
    Normal,
    High,
    Urgent,
}
