namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>The ticket form's editable state; <see cref="ToInput"/> sends blanks as null (the API clears them).</summary>
public sealed class TicketForm
{
    public const int SubjectLength = 200;
    public const int DescriptionLength = 4_000;

    public string? Subject { get; set; }
    public string? Description { get; set; }
    public string Status { get; set; } = "new";
    public string Priority { get; set; } = "normal";
    public string? AssigneeId { get; set; }
    public ContactOption? Contact { get; set; }
    public AccountOption? Account { get; set; }

    public static TicketForm From(TicketDto ticket) => new()
    {
        Subject = ticket.Subject,
        Description = ticket.Description,
        Status = ticket.Status,
        Priority = ticket.Priority,
        AssigneeId = ticket.AssigneeId,
        Contact = ticket.ContactId is { } c ? new ContactOption(c, ticket.ContactName ?? $"Contact {c}") : null,
        Account = ticket.AccountId is { } a ? new AccountOption(a, ticket.AccountName ?? $"Account {a}") : null,
    };

    public TicketInput ToInput() => new()
    {
        Subject = ContactForm.Clean(Subject),
        Description = ContactForm.Clean(Description),
        Status = Status,
        Priority = Priority,
        AssigneeId = ContactForm.Clean(AssigneeId),
        ContactId = Contact?.Id,
        AccountId = Account?.Id,
    };
}
