namespace Lodestar.Domain.Crm;

/// <summary>
/// First-resolution targets per priority (configuration section <c>Crm:TicketSla</c>, e.g.
/// <c>Crm__TicketSla__UrgentHours=2</c>): a ticket is due this many hours after it was created.
/// </summary>
public sealed class TicketSlaOptions
{
    public double UrgentHours { get; set; } = 4;

    public double HighHours { get; set; } = 24;

    public double NormalHours { get; set; } = 72;

    public double LowHours { get; set; } = 168;

    /// <summary>Whether every target is a positive number of hours (checked on start).</summary>
    public bool IsValid() => new[] { UrgentHours, HighHours, NormalHours, LowHours }.All(h => h > 0 && double.IsFinite(h));
}
