using Lodestar.Domain.Economics.Reports;
using Lodestar.Portal.Client.Features.Economics.Dashboard;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Economics;

/// <summary>The server side of <see cref="IEconomicsDashboardApi"/>.</summary>
internal sealed class ServerEconomicsDashboardApi(EconomicsDashboardService dashboards) : IEconomicsDashboardApi
{
    public Task<EconomicsDashboardDto> GetAsync(string? from, string? to, string? channel, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () =>
        {
            var (first, last) = EconomicsPeriodText.Parse(from, to);
            return EconomicsDashboardMapping.ToDto(await dashboards.GetAsync(first, last, channel, cancellationToken));
        });
}
