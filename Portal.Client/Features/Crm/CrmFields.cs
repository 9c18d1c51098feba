namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>How the CRM's field names (camelCase, as the API and the field history name them) read to a person.</summary>
public static class CrmFields
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["externalId"] = "External id",
        ["firstName"] = "First name",
        ["lastName"] = "Last name",
        ["email"] = "Email",
        ["phone"] = "Phone",
        ["birthDate"] = "Birth date",
        ["street"] = "Street",
        ["streetNumber"] = "Number",
        ["city"] = "City",
        ["postcode"] = "Postcode",
        ["state"] = "State",
        ["country"] = "Country",
        ["accountId"] = "Account",
        ["accountName"] = "Account name",
        ["contactEmail"] = "Contact email",
        ["ownerId"] = "Owner",
        ["name"] = "Name",
        ["domain"] = "Domain",
        ["industry"] = "Industry",
        ["employees"] = "Employees",
        ["pipeline"] = "Pipeline",
        ["pipelineId"] = "Pipeline",
        ["stage"] = "Stage",
        ["stageId"] = "Stage",
        ["amount"] = "Amount",
        ["currency"] = "Currency",
        ["closeDate"] = "Close date",
        ["probability"] = "Probability",
        ["account"] = "Account",
        ["contact"] = "Contact",
        ["contactId"] = "Contact",
        ["owner"] = "Owner",
        ["closeReason"] = "Close reason",
        ["subject"] = "Subject",
        ["description"] = "Description",
        ["status"] = "Status",
        ["priority"] = "Priority",
        ["assigneeId"] = "Assignee",
        ["assignee"] = "Assignee",
        ["dueAt"] = "Due",
        ["occurredAt"] = "When",
    };

    /// <summary>The field's label; a field this list does not know (a later addition) reads as the API names it.</summary>
    public static string Label(string field) => Labels.GetValueOrDefault(field, field);

    public static readonly IReadOnlyList<string> Contact =
        ["externalId", "firstName", "lastName", "email", "phone", "birthDate", "street", "streetNumber", "city", "postcode", "state", "country", "accountId", "ownerId"];

    public static readonly IReadOnlyList<string> Account = ["name", "domain", "industry", "country", "employees", "ownerId"];

    public static readonly IReadOnlyList<string> Activity = ["subject", "body", "occurredAt", "durationMinutes", "direction", "outcome", "dueAt", "assigneeId"];

    public static readonly IReadOnlyList<string> Ticket = ["subject", "description", "status", "priority", "assigneeId", "contactId", "accountId"];
}
