namespace Lodestar.Portal.Client.Features.Overview;

/// <summary>The Overview page's numbers; days are UTC days by the events' timestamps.</summary>
public sealed record OverviewDto(
    long TotalEvents,
    long EventsToday,
    long EventsLast7Days,
    long EventsLast30Days,
    int Sources,
    DateTime? LastReceivedAt,
    IReadOnlyList<DailyVolumeDto> DailyVolume,
    JobProgressDto? DemoSeed);
