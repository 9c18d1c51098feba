namespace Lodestar.Domain.Crm.Activities;

/// <summary>An activity's editable fields, as entered; kind, direction and outcome by their API names.</summary>
public sealed record ActivityFields
{
    public string? Kind { get; init; }

    /// <summary>Empty for a note: its body's first line.</summary>
    public string? Subject { get; init; }

    public string? Body { get; init; }
    public long? ContactId { get; init; }
    public long? AccountId { get; init; }
    public long? DealId { get; init; }
    public long? TicketId { get; init; }

    /// <summary>Empty: now.</summary>
    public DateTime? OccurredAt { get; init; }

    public int? DurationMinutes { get; init; }
    public string? Direction { get; init; }
    public string? Outcome { get; init; }
    public DateTime? DueAt { get; init; }

    /// <summary>Empty on a new task: the person creating it.</summary>
    public string? AssigneeId { get; init; }
}
