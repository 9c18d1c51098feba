namespace Lodestar.Domain.Crm.Activities;

/// <summary>
/// A page of activities: on a record (any of the links), of some kinds (empty: all), a task assignee's user id, only
/// open tasks, only overdue ones. Activities come newest first; a list of tasks only comes soonest due first.
/// </summary>
public sealed record ActivitySearch(
    long? ContactId,
    long? AccountId,
    long? DealId,
    long? TicketId,
    IReadOnlyList<ActivityKind> Kinds,
    string? AssigneeId,
    bool OpenTasksOnly,
    bool OverdueOnly,
    int Offset,
    int Limit)
{
    /// <summary>Whether only tasks can match, so the list reads as a to-do list.</summary>
    public bool TasksOnly => OpenTasksOnly || OverdueOnly || Kinds is [ActivityKind.Task];
}
