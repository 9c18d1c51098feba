namespace Lodestar.Portal.Client.Features.Crm.Activities;

/// <summary>
/// An activity list: on a contact, account, deal or ticket; of some kinds (none: all); a task assignee's user id or
/// <see cref="Me"/>; only open tasks; only overdue tasks; and a page. Newest first, or soonest due first for tasks only.
/// </summary>
public sealed record ActivityQuery(
    long? ContactId = null,
    long? AccountId = null,
    long? DealId = null,
    long? TicketId = null,
    IReadOnlyList<string>? Kinds = null,
    string? AssigneeId = null,
    bool OpenTasks = false,
    bool Overdue = false,
    int Offset = 0,
    int Limit = 25)
{
    /// <summary>The <see cref="AssigneeId"/> of the signed-in user's tasks.</summary>
    public const string Me = "me";
}
