namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>
/// A support ticket. <see cref="Status"/> and <see cref="Priority"/> are lower-case names (see <see cref="TicketChoices"/>);
/// <see cref="Breached"/> says whether it missed its SLA due time (<see cref="DueAt"/>), as of when it was read.
/// </summary>
public sealed record TicketDto(
    long Id,
    string Subject,
    string? Description,
    string Status,
    string Priority,
    string? AssigneeId,
    string? AssigneeName,
    long? ContactId,
    string? ContactName,
    long? AccountId,
    string? AccountName,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? SolvedAt,
    DateTime DueAt,
    bool Breached,
    string CreatedBy);
