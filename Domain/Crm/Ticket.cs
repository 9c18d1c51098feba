namespace Lodestar.Domain.Crm;

/// <summary>
/// A support request. Its due time follows from its priority (see <see cref="TicketSlaCalculator"/>); opening, solving
/// and reopening it are stored as track events of its contact (see <see cref="CrmMessages.Track"/>).
/// </summary>
public class Ticket
{
    public long Id { get; set; }

    public required string Subject { get; set; }

    public string? Description { get; set; }

    public TicketStatus Status { get; set; }

    public TicketPriority Priority { get; set; }

    /// <summary>The portal user working on the ticket; null while it waits in the queue.</summary>
    public string? AssigneeId { get; set; }

    public long? ContactId { get; set; }

    public Contact? Contact { get; set; }

    public long? AccountId { get; set; }

    public Account? Account { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>When it was solved (or closed without being solved); null while it is open work.</summary>
    public DateTime? SolvedAt { get; set; }

    /// <summary>The SLA's first-resolution deadline: <see cref="CreatedAt"/> plus the priority's target.</summary>
    public DateTime DueAt { get; set; }

    public required string CreatedBy { get; set; }

    /// <summary>Counts saves; names the events a save stores so that a replayed save stores them once.</summary>
    public int Version { get; set; }
}
