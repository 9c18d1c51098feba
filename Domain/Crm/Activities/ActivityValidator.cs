namespace Lodestar.Domain.Crm.Activities;

/// <summary>
/// Trims and checks an activity's fields, including which fields its kind has (a duration belongs to calls and meetings,
/// a direction to calls and emails, an outcome to calls, a due time and assignee to tasks); whether the linked records
/// and the assignee exist is the service's check.
/// </summary>
public static class ActivityValidator
{
    /// <param name="now">What an empty <see cref="ActivityFields.OccurredAt"/> becomes.</param>
    /// <exception cref="DomainValidationException">Any field is wrong; every wrong field is named.</exception>
    public static CheckedActivityFields Normalize(ActivityFields input, DateTime now)
    {
        var errors = new Dictionary<string, string[]>();
        var kind = ActivityNames.Parse<ActivityKind>(input.Kind);
        if (kind is null)
            CrmFieldRules.Add(errors, "kind", string.IsNullOrWhiteSpace(input.Kind)
                ? "Choose what to log: note, call, email, meeting or task."
                : ActivityNames.Unknown<ActivityKind>(input.Kind.Trim(), "an activity kind"));
        var body = CrmFieldRules.Text(errors, "body", "the text", input.Body, ActivityLimits.Body, required: kind == ActivityKind.Note);
        var subject = CrmFieldRules.Text(errors, "subject", "a subject", string.IsNullOrWhiteSpace(input.Subject) && kind == ActivityKind.Note ? FirstLine(body) : input.Subject,
            ActivityLimits.Subject, required: kind is not null and not ActivityKind.Note);
        if (input is { ContactId: null, AccountId: null, DealId: null, TicketId: null })
            CrmFieldRules.Add(errors, "contactId", "Link the activity to a contact, account, deal or ticket.");
        if (input.DurationMinutes is < 0 or > ActivityLimits.MaxDurationMinutes)
            CrmFieldRules.Add(errors, "durationMinutes", $"The duration is in minutes, from 0 to {ActivityLimits.MaxDurationMinutes:N0} (a day).");
        var direction = Choice<ActivityDirection>(errors, "direction", input.Direction, "a direction");
        var outcome = Choice<CallOutcome>(errors, "outcome", input.Outcome, "a call outcome");
        if (kind == ActivityKind.Task && input.DueAt is null)
            CrmFieldRules.Add(errors, "dueAt", "Enter when the task is due.");
        if (kind is { } k)
            CheckKindFields(errors, k, input);
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
        return new CheckedActivityFields(kind!.Value, subject!, body, input.ContactId, input.AccountId, input.DealId, input.TicketId,
            input.OccurredAt ?? now, input.DurationMinutes, direction, outcome, input.DueAt,
            string.IsNullOrWhiteSpace(input.AssigneeId) ? null : input.AssigneeId.Trim());
    }

    /// <summary>A note's default subject: its first line of text, without list or emphasis marks, shortened to fit.</summary>
    public static string? FirstLine(string? body)
    {
        var line = body?.Split('\n').Select(l => l.Trim().TrimStart('-', '*', ' ').Replace("**", "").Trim()).FirstOrDefault(l => l.Length > 0);
        return line is { Length: > ActivityLimits.Subject } ? line[..(ActivityLimits.Subject - 1)] + "…" : line;
    }

    private static T? Choice<T>(Dictionary<string, string[]> errors, string field, string? text, string noun) where T : struct, Enum
    {
        var value = ActivityNames.Parse<T>(text);
        if (value is null && !string.IsNullOrWhiteSpace(text))
            CrmFieldRules.Add(errors, field, ActivityNames.Unknown<T>(text.Trim(), noun));
        return value;
    }

    /// <summary>A field another kind has is refused rather than dropped, so nothing typed is silently lost.</summary>
    private static void CheckKindFields(Dictionary<string, string[]> errors, ActivityKind kind, ActivityFields input)
    {
        var name = ActivityNames.WithArticle(kind);
        if (input.DurationMinutes is not null && kind is not (ActivityKind.Call or ActivityKind.Meeting))
            CrmFieldRules.Add(errors, "durationMinutes", $"Only calls and meetings have a duration, not {name}.");
        if (!string.IsNullOrWhiteSpace(input.Direction) && kind is not (ActivityKind.Call or ActivityKind.Email))
            CrmFieldRules.Add(errors, "direction", $"Only calls and emails have a direction, not {name}.");
        if (!string.IsNullOrWhiteSpace(input.Outcome) && kind is not ActivityKind.Call)
            CrmFieldRules.Add(errors, "outcome", $"Only calls have an outcome, not {name}.");
        if (input.DueAt is not null && kind is not ActivityKind.Task)
            CrmFieldRules.Add(errors, "dueAt", $"Only tasks have a due time, not {name}.");
        if (!string.IsNullOrWhiteSpace(input.AssigneeId) && kind is not ActivityKind.Task)
            CrmFieldRules.Add(errors, "assigneeId", $"Only tasks have an assignee, not {name}.");
    }
}
