namespace Lodestar.Domain.Crm.Activities;

/// <summary>An activity with the names of what it links to and, for a task, whether it is past due.</summary>
public sealed record ActivityView(Activity Activity, string? AssigneeName, string? ContactName, string? AccountName, string? DealName,
    string? TicketSubject, bool Overdue);
