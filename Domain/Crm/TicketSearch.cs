namespace Lodestar.Domain.Crm;

/// <summary>
/// A page of tickets: free text over the subject, filters (empty lists: any status or priority) and a sort key; no sort
/// key is the support queue's order.
/// </summary>
/// <param name="Unassigned">Only tickets nobody is assigned to (then <paramref name="AssigneeId"/> is ignored).</param>
/// <param name="BreachedOnly">Only tickets that missed their SLA.</param>
public sealed record TicketSearch(
    string? Q,
    IReadOnlyList<TicketStatus> Statuses,
    IReadOnlyList<TicketPriority> Priorities,
    string? AssigneeId,
    bool Unassigned,
    long? ContactId,
    long? AccountId,
    bool BreachedOnly,
    string? Sort,
    int Offset,
    int Limit)
{
    public static IReadOnlyList<string> SortKeys { get; } = ["subject", "priority", "status", "dueAt", "createdAt", "updatedAt"];
}
