namespace Lodestar.Portal.Client.Features.Crm.Activities;

/// <summary>
/// What a person enters to log or edit an activity. Only the fields of its kind may be set: a duration for calls and
/// meetings, a direction for calls and emails, an outcome for calls, a due time and assignee for tasks.
/// </summary>
public sealed record ActivityInput
{
    public string? Kind { get; init; }
    public string? Subject { get; init; }
    public string? Body { get; init; }
    public long? ContactId { get; init; }
    public long? AccountId { get; init; }
    public long? DealId { get; init; }
    public long? TicketId { get; init; }
    public DateTime? OccurredAt { get; init; }
    public int? DurationMinutes { get; init; }
    public string? Direction { get; init; }
    public string? Outcome { get; init; }
    public DateTime? DueAt { get; init; }
    public string? AssigneeId { get; init; }
}
