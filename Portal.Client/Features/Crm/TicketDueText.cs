namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>How a ticket's SLA due time reads next to it: relative for open work, against the solve time for done work.</summary>
public static class TicketDueText
{
    public static string Of(TicketDto ticket, DateTime now)
    {
        if (ticket.SolvedAt is { } solved && TicketChoices.IsDone(ticket.Status))
            return solved > ticket.DueAt ? $"solved {Span(solved - ticket.DueAt)} late" : "solved in time";
        var left = ticket.DueAt - now;
        return left >= TimeSpan.Zero ? $"due in {Span(left)}" : $"{Span(-left)} overdue";
    }

    /// <summary>The largest unit that reads well: minutes under an hour, hours under two days, then days.</summary>
    public static string Span(TimeSpan span) => span switch
    {
        { TotalMinutes: < 60 } => $"{Math.Max(1, (int)span.TotalMinutes)} min",
        { TotalHours: < 48 } => $"{(int)span.TotalHours} h",
        _ => $"{(int)span.TotalDays} d",
    };
}
