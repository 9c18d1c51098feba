using Lodestar.Portal.Client.Features.Economics;
using Lodestar.Portal.Client.Features.Economics.Dashboard;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>Answers <see cref="Dashboard"/> (or throws <see cref="Failure"/>) and records what was asked.</summary>
public sealed class FakeEconomicsDashboardApi : IEconomicsDashboardApi
{
    public EconomicsDashboardDto Dashboard { get; set; } = Sample();

    public ApiException? Failure { get; set; }

    public List<(string? From, string? To, string? Channel)> Requests { get; } = [];

    public Task<EconomicsDashboardDto> GetAsync(string? from, string? to, string? channel, CancellationToken cancellationToken = default)
    {
        Requests.Add((from, to, channel));
        return Failure is { } failure ? Task.FromException<EconomicsDashboardDto>(failure) : Task.FromResult(Dashboard);
    }

    /// <summary>
    /// Jan–Mar 2026 against Oct–Dec 2025: LTV up from 100 to 150, CAC up from 40 to 50 (worse), revenue 12,000 after
    /// none, two channels, two cohorts, a CLV histogram and P(alive) points.
    /// </summary>
    public static EconomicsDashboardDto Sample(DateTime? computedAt = null) => new(
        computedAt ?? StoppedClock.Now.AddHours(-3), "USD", "first-touch", "2026-01", "2026-03", null, ["Email", "Paid Search"],
        new EconomicsPeriodDto("2026-01", "2026-03", 12_000m, 80, new AcquisitionDto(2_500m, 50, 7_500m, 50m, 150m, 3.0, 2)),
        new EconomicsPeriodDto("2025-10", "2025-12", 0m, 0, new AcquisitionDto(1_200m, 30, 3_000m, 40m, 100m, 2.5, 3)),
        [
            new CacRowDto("Email", new AcquisitionDto(500m, 20, 4_000m, 25m, 200m, 8.0, 0)),
            new CacRowDto("Paid Search", new AcquisitionDto(2_000m, 30, 3_500m, 66.67m, 116.67m, 1.75, 4)),
        ],
        [
            new CacRowDto("2026-01", new AcquisitionDto(1_000m, 20, 3_500m, 50m, 175m, 3.5, 1)),
            new CacRowDto("2026-02", new AcquisitionDto(1_500m, 30, 4_000m, 50m, 133.33m, 2.67, 2)),
        ],
        [
            new CohortRetentionDto("2026-01", 0, 20, 20, 1.0, 100m), new CohortRetentionDto("2026-01", 1, 20, 5, 0.25, 140m),
            new CohortRetentionDto("2026-02", 0, 30, 30, 1.0, 90m),
        ],
        45,
        [new ClvBinDto(0m, 50m, 30), new ClvBinDto(50m, null, 15)],
        [new AlivePointDto(1, 0.8, 25), new AlivePointDto(3, 0.35, 20)]);
}
