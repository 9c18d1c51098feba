namespace Lodestar.Domain.Crm;

/// <summary>A ticket's SLA: when it is due (from its priority) and whether it missed that.</summary>
public sealed class TicketSlaCalculator(TicketSlaOptions options)
{
    public TimeSpan Target(TicketPriority priority) => TimeSpan.FromHours(priority switch
    {
        TicketPriority.Urgent => options.UrgentHours,
        TicketPriority.High => options.HighHours,
        TicketPriority.Normal => options.NormalHours,
        _ => options.LowHours,
    });

    /// <summary>Counted from creation, so a changed priority moves the due time as if it had been set at the start.</summary>
    public DateTime DueAt(DateTime createdAt, TicketPriority priority) => createdAt + Target(priority);

    /// <summary>Open work is breached once <paramref name="now"/> is past the due time; a solved ticket, if it was solved after it.</summary>
    /// <param name="solvedAt">Null while the ticket is open work.</param>
    public static bool IsBreached(DateTime dueAt, DateTime? solvedAt, DateTime now) => (solvedAt ?? now) > dueAt;
}
