using System.Globalization;

namespace Lodestar.Domain.Crm.Activities;

/// <summary>An activity's fields as the history shows them, and applying checked fields to it.</summary>
internal static class ActivityFieldValues
{
    public static IReadOnlyList<(string Field, string? Value)> Of(Activity a, ActivityView names) =>
    [
        ("kind", ActivityNames.Of(a.Kind)), ("subject", a.Subject), ("body", CrmHistory.Shortened(a.Body)), ("contact", names.ContactName),
        ("account", names.AccountName), ("deal", names.DealName), ("ticket", names.TicketSubject), ("occurredAt", Time(a.OccurredAt)),
        ("durationMinutes", a.DurationMinutes?.ToString(CultureInfo.InvariantCulture)),
        ("direction", a.Direction is { } d ? ActivityNames.Of(d) : null), ("outcome", a.Outcome is { } o ? ActivityNames.Of(o) : null),
        ("dueAt", a.DueAt is { } due ? Time(due) : null), ("assignee", names.AssigneeName),
        ("completedAt", a.CompletedAt is { } done ? Time(done) : null),
    ];

    /// <summary>An activity that stops being a task forgets its completion.</summary>
    public static void Apply(Activity a, CheckedActivityFields f)
    {
        a.Kind = f.Kind;
        a.Subject = f.Subject;
        a.Body = f.Body;
        a.ContactId = f.ContactId;
        a.AccountId = f.AccountId;
        a.DealId = f.DealId;
        a.TicketId = f.TicketId;
        a.OccurredAt = f.OccurredAt;
        a.DurationMinutes = f.DurationMinutes;
        a.Direction = f.Direction;
        a.Outcome = f.Outcome;
        a.DueAt = f.DueAt;
        a.AssigneeId = f.AssigneeId;
        a.CompletedAt = f.Kind == ActivityKind.Task ? a.CompletedAt : null;
    }

    private static string Time(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
