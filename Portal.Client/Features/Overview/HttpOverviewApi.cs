using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Overview;

internal sealed class HttpOverviewApi(HttpClient http) : IOverviewApi
{
    public Task<OverviewDto> GetAsync(CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<OverviewDto>(http, "api/overview", cancellationToken);
}
