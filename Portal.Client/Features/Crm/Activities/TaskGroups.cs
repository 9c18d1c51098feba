namespace Lodestar.Portal.Client.Features.Crm.Activities;

/// <summary>Open tasks by when they are due: overdue, due today (UTC, like every time the portal shows), later.</summary>
public static class TaskGroups
{
    public const string Overdue = "Overdue";
    public const string Today = "Due today";
    public const string Later = "Later";

    public static IReadOnlyList<(string Group, IReadOnlyList<ActivityDto> Tasks)> Of(IEnumerable<ActivityDto> tasks, DateTime now) =>
        tasks.OrderBy(t => t.DueAt).ThenBy(t => t.Id)
            .GroupBy(t => t.DueAt < now ? Overdue : t.DueAt?.Date == now.Date ? Today : Later)
            .OrderBy(g => g.Key switch { Overdue => 0, Today => 1, _ => 2 })
            .Select(g => (g.Key, (IReadOnlyList<ActivityDto>)g.ToList())).ToList();

    /// <summary>The record a task is on, for a link from a list of tasks of many records.</summary>
    public static (string Href, string Name)? RecordOf(ActivityDto a) =>
        a.DealId is { } deal ? ($"crm/deals/{deal}", a.DealName ?? $"Deal {deal}")
        : a.TicketId is { } ticket ? ($"crm/tickets/{ticket}", a.TicketSubject ?? $"Ticket {ticket}")
        : a.ContactId is { } contact ? ($"crm/contacts/{contact}", a.ContactName ?? $"Contact {contact}")
        : a.AccountId is { } account ? ($"crm/accounts/{account}", a.AccountName ?? $"Account {account}")
        : null;
}
