namespace Lodestar.Domain.Crm.Activities;

/// <summary>An activity's fields after <see cref="ActivityValidator"/>: trimmed, parsed, and only those its kind has.</summary>
public sealed record CheckedActivityFields(
    ActivityKind Kind, string Subject, string? Body, long? ContactId, long? AccountId, long? DealId, long? TicketId, DateTime OccurredAt,
    int? DurationMinutes, ActivityDirection? Direction, CallOutcome? Outcome, DateTime? DueAt, string? AssigneeId);
