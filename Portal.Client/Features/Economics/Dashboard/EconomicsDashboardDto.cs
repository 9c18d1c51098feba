namespace Lodestar.Portal.Client.Features.Economics.Dashboard;

/// <summary>
/// The executive dashboard of months from..to (YYYY-MM), money in units of <paramref name="Currency"/>; with a
/// channel, everything but <paramref name="ByChannel"/> is narrowed to the customers acquired through it.
/// computedAt is null before the first economics run.
/// </summary>
public sealed record EconomicsDashboardDto(
    DateTime? ComputedAt,
    string Currency,
    string Attribution,
    string From,
    string To,
    string? Channel,
    IReadOnlyList<string> Channels,
    EconomicsPeriodDto Current,
    EconomicsPeriodDto Previous,
    IReadOnlyList<CacRowDto> ByChannel,
    IReadOnlyList<CacRowDto> ByMonth,
    IReadOnlyList<CohortRetentionDto> Retention,
    int PredictedCustomers,
    IReadOnlyList<ClvBinDto> ClvBins,
    IReadOnlyList<AlivePointDto> Alive);
