using Lodestar.Domain.Crm.Activities;
using Lodestar.Portal.Client.Features.Crm.Activities;

namespace Lodestar.Portal.Features.Crm.Activities;

/// <summary>Between activities and the client contract's DTOs.</summary>
internal static class ActivityMapping
{
    public static ActivityDto ToDto(ActivityView v)
    {
        var a = v.Activity;
        return new ActivityDto(a.Id, ActivityNames.Of(a.Kind), a.Subject, a.Body, a.ContactId, v.ContactName, a.AccountId, v.AccountName,
            a.DealId, v.DealName, a.TicketId, v.TicketSubject, a.OccurredAt, a.DurationMinutes,
            a.Direction is { } d ? ActivityNames.Of(d) : null, a.Outcome is { } o ? ActivityNames.Of(o) : null,
            a.DueAt, a.CompletedAt, a.AssigneeId, v.AssigneeName, v.Overdue, a.CreatedBy, a.CreatedAt, a.UpdatedAt);
    }

    public static ActivityFields ToFields(ActivityInput i) => new()
    {
        Kind = i.Kind, Subject = i.Subject, Body = i.Body, ContactId = i.ContactId, AccountId = i.AccountId, DealId = i.DealId, TicketId = i.TicketId,
        OccurredAt = i.OccurredAt, DurationMinutes = i.DurationMinutes, Direction = i.Direction, Outcome = i.Outcome, DueAt = i.DueAt,
        AssigneeId = i.AssigneeId,
    };
}
