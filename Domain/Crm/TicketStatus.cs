namespace Lodestar.Domain.Crm;

/// <summary>Where a ticket is in support's work, in workflow order; the API names them in lower case.</summary>
public enum TicketStatus
{
    New,
    Open,
    Pending,
    Solved,
    Closed,
}
