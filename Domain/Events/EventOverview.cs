namespace Lodestar.Domain.Events;

/// <summary>The numbers on the Overview page; days are UTC days by event timestamp.</summary>
public sealed record EventOverview(
    long TotalEvents,
    long EventsToday,
    long EventsLast7Days,
    long EventsLast30Days,
    int Sources,
    DateTime? LastReceivedAt,
    IReadOnlyList<EventVolume> DailyVolume);
