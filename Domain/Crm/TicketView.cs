namespace Lodestar.Domain.Crm;

/// <summary>A ticket with what the pages show beside it: the names it links to and whether it missed its SLA.</summary>
public sealed record TicketView(Ticket Ticket, string? AssigneeName, string? ContactName, string? AccountName, bool Breached);
