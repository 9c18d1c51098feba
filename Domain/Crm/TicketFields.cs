namespace Lodestar.Domain.Crm;

/// <summary>A ticket's editable fields, as entered; status and priority by their lower-case names.</summary>
public sealed record TicketFields
{
    public string? Subject { get; init; }
    public string? Description { get; init; }

    /// <summary>Empty: <c>new</c> for a new ticket, unchanged for an existing one.</summary>
    public string? Status { get; init; }

    /// <summary>Empty: <c>normal</c> for a new ticket, unchanged for an existing one.</summary>
    public string? Priority { get; init; }

    public string? AssigneeId { get; init; }
    public long? ContactId { get; init; }
    public long? AccountId { get; init; }
}
