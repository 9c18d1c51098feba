namespace Lodestar.Portal.Client.Features.Crm.Activities;

/// <summary>
/// A logged activity. <see cref="Kind"/>, <see cref="Direction"/> and <see cref="Outcome"/> are API names (see
/// <see cref="ActivityChoices"/>); <see cref="Overdue"/> says whether an open task is past due, as of when it was read.
/// </summary>
public sealed record ActivityDto(
    long Id,
    string Kind,
    string Subject,
    string? Body,
    long? ContactId,
    string? ContactName,
    long? AccountId,
    string? AccountName,
    long? DealId,
    string? DealName,
    long? TicketId,
    string? TicketSubject,
    DateTime OccurredAt,
    int? DurationMinutes,
    string? Direction,
    string? Outcome,
    DateTime? DueAt,
    DateTime? CompletedAt,
    string? AssigneeId,
    string? AssigneeName,
    bool Overdue,
    string CreatedBy,
    DateTime CreatedAt,
    DateTime UpdatedAt);
