namespace Lodestar.Domain.Crm;

/// <summary>A ticket's fields after <see cref="TicketValidator"/>: trimmed, with status and priority parsed (null: keep or default).</summary>
public sealed record CheckedTicketFields(
    string Subject, string? Description, TicketStatus? Status, TicketPriority? Priority, string? AssigneeId, long? ContactId, long? AccountId);
