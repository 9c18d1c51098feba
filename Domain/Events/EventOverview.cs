namespace Lodestar.Domain.Events;

/// <summary>The numbers on the Overview page.</summary>
public sealed record EventOverview(
    long TotalEvents,
    int EventsLast24Hours,
    int EventsLast7Days,
    int EventsLast30Days,
    int Sources,
    DateTime? LastReceivedAt,
    IReadOnlyList<EventVolume> DailyVolume);
