namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>
/// A ticket list: free text over the subject; statuses and priorities (any of them; none: all); an assignee's user id,
/// <see cref="Unassigned"/> or <see cref="Me"/>; a contact or account; only breached tickets; a sort key (<c>subject</c>,
/// <c>priority</c>, <c>status</c>, <c>dueAt</c>, <c>createdAt</c>, <c>updatedAt</c>; <c>-</c> for descending; none: the
/// support queue, open work first, breached first, soonest due first) and a page.
/// </summary>
public sealed record TicketQuery(
    string? Q = null,
    IReadOnlyList<string>? Statuses = null,
    IReadOnlyList<string>? Priorities = null,
    string? AssigneeId = null,
    long? ContactId = null,
    long? AccountId = null,
    bool Breached = false,
    string? Sort = null,
    int Offset = 0,
    int Limit = 25)
{
    /// <summary>The <see cref="AssigneeId"/> of tickets nobody is assigned to.</summary>
    public const string Unassigned = "unassigned";

    /// <summary>The <see cref="AssigneeId"/> of the signed-in user's tickets.</summary>
    public const string Me = "me";
}
