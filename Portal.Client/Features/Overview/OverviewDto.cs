namespace Lodestar.Portal.Client.Features.Overview;

public sealed record OverviewDto(
    long TotalEvents,
    int EventsLast24Hours,
    int EventsLast7Days,
    int EventsLast30Days,
    int Sources,
    DateTime? LastReceivedAt,
    IReadOnlyList<DailyVolumeDto> DailyVolume,
    JobProgressDto? DemoSeed);
