namespace Lodestar.Domain.Crm;

/// <summary>Trims and checks a ticket's fields; whether the assignee, contact and account exist is the service's check.</summary>
public static class TicketValidator
{
    /// <exception cref="DomainValidationException">Any field is wrong; every wrong field is named.</exception>
    public static CheckedTicketFields Normalize(TicketFields input)
    {
        var errors = new Dictionary<string, string[]>();
        var subject = CrmFieldRules.Text(errors, "subject", "a subject", input.Subject, ContactLimits.Text, required: true);
        var description = CrmFieldRules.Text(errors, "description", "a description", input.Description, ContactLimits.LongText);
        var status = TicketNames.ParseStatus(input.Status);
        if (status is null && !string.IsNullOrWhiteSpace(input.Status))
            CrmFieldRules.Add(errors, "status", TicketNames.Unknown<TicketStatus>(input.Status.Trim()));
        var priority = TicketNames.ParsePriority(input.Priority);
        if (priority is null && !string.IsNullOrWhiteSpace(input.Priority))
            CrmFieldRules.Add(errors, "priority", TicketNames.Unknown<TicketPriority>(input.Priority.Trim()));
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
        return new CheckedTicketFields(subject!, description, status, priority,
            string.IsNullOrWhiteSpace(input.AssigneeId) ? null : input.AssigneeId.Trim(), input.ContactId, input.AccountId);
    }
}
