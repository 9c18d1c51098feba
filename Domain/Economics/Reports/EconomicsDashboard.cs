using Lodestar.Domain.Economics.Cohorts;

namespace Lodestar.Domain.Economics.Reports;

/// <summary>
/// Everything the executive dashboard draws for whole months <see cref="From"/>..<see cref="To"/> and, when
/// <see cref="Channel"/> is set, the customers acquired through that channel only (money in minor units).
/// </summary>
/// <param name="Channels">The acquisition channels a filter can choose from (any month).</param>
/// <param name="ByChannel">LTV:CAC of every channel in the period, whatever the channel filter: the bars compare them.</param>
/// <param name="ByMonth">CAC and LTV to date by month of first purchase: the trend lines.</param>
/// <param name="Retention">Each cohort of the period in its month k: the heatmap and the cumulative revenue per customer.</param>
/// <param name="ClvBins">Predicted CLV of the customers acquired in the period.</param>
/// <param name="Alive">P(alive) against orders of the customers acquired in the period.</param>
public sealed record EconomicsDashboard(
    DateTime? ComputedAt,
    string Currency,
    string Attribution,
    DateOnly From,
    DateOnly To,
    string? Channel,
    IReadOnlyList<string> Channels,
    EconomicsPeriod Current,
    EconomicsPeriod Previous,
    IReadOnlyList<CacRow> ByChannel,
    IReadOnlyList<CacRow> ByMonth,
    IReadOnlyList<CohortRow> Retention,
    int PredictedCustomers,
    IReadOnlyList<ClvHistogramBin> ClvBins,
    IReadOnlyList<AlivePoint> Alive);
