using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Economics.Dashboard;

internal sealed class HttpEconomicsDashboardApi(HttpClient http) : IEconomicsDashboardApi
{
    public Task<EconomicsDashboardDto> GetAsync(string? from, string? to, string? channel, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<EconomicsDashboardDto>(http, "api/economics/dashboard?" + QueryStrings.Of(("from", from), ("to", to), ("channel", channel)), cancellationToken);
}
