using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Insights;

internal sealed class HttpDashboardsApi(HttpClient http) : IDashboardsApi
{
    public Task<DashboardDto> MineAsync(CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<DashboardDto>(http, "api/dashboards/mine", cancellationToken);

    public Task<DashboardDto> SaveMineAsync(DashboardInput input, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<DashboardDto>(http, HttpMethod.Put, "api/dashboards/mine", input, cancellationToken);
}
