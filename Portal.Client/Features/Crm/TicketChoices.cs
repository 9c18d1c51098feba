using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>Ticket statuses and priorities as the API names them (lower case), with how the pages show them.</summary>
public static class TicketChoices
{
    public static readonly IReadOnlyList<string> Statuses = ["new", "open", "pending", "solved", "closed"];

    /// <summary>Support's open work: the queue shows these unless asked for others.</summary>
    public static readonly IReadOnlyList<string> OpenWork = ["new", "open", "pending"];

    public static readonly IReadOnlyList<string> Priorities = ["low", "normal", "high", "urgent"];

    public static bool IsDone(string status) => status is "solved" or "closed";

    public static string Label(string value) => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..];

    public static Color StatusColor(string status) => status switch
    {
        "new" => Color.Info,
        "open" => Color.Primary,
        "pending" => Color.Warning,
        "solved" => Color.Success,
        _ => Color.Default,
    };

    public static Color PriorityColor(string priority) => priority switch
    {
        "urgent" => Color.Error,
        "high" => Color.Warning,
        "normal" => Color.Default,
        _ => Color.Dark,
    };

    /// <summary>Where a ticket can go from <paramref name="status"/>, as the ticket page's buttons offer it.</summary>
    public static IReadOnlyList<(string Label, string Status)> NextSteps(string status) => status switch
    {
        "new" => [("Open", "open"), ("Pending", "pending"), ("Solve", "solved")],
        "open" => [("Pending", "pending"), ("Solve", "solved")],
        "pending" => [("Open", "open"), ("Solve", "solved")],
        "solved" => [("Close", "closed"), ("Reopen", "open")],
        "closed" => [("Reopen", "open")],
        _ => [],
    };
}
