namespace Lodestar.Domain.Crm.Activities;

/// <summary>
/// Something that happened with a customer (a note, call, email or meeting) or is to be done (a task), on at least one
/// CRM record. Which fields apply depends on <see cref="Kind"/> (see <see cref="ActivityValidator"/>).
/// </summary>
public class Activity
{
    public long Id { get; set; }

    public ActivityKind Kind { get; set; }

    public required string Subject { get; set; }

    /// <summary>Markdown-lite text (bold, italic, bullet lists, links) for notes; plain text for the others.</summary>
    public string? Body { get; set; }

    public long? ContactId { get; set; }

    public long? AccountId { get; set; }

    public long? DealId { get; set; }

    public long? TicketId { get; set; }

    /// <summary>When the call, email or meeting took place (or the note or task was written).</summary>
    public DateTime OccurredAt { get; set; }

    /// <summary>Calls and meetings only.</summary>
    public int? DurationMinutes { get; set; }

    /// <summary>Calls and emails only.</summary>
    public ActivityDirection? Direction { get; set; }

    /// <summary>Calls only.</summary>
    public CallOutcome? Outcome { get; set; }

    /// <summary>Tasks only: when it should be done.</summary>
    public DateTime? DueAt { get; set; }

    /// <summary>Tasks only: null while open.</summary>
    public DateTime? CompletedAt { get; set; }

    /// <summary>Tasks only: the portal user who should do it.</summary>
    public string? AssigneeId { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
