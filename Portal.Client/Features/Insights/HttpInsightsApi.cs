using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Insights;

internal sealed class HttpInsightsApi(HttpClient http) : IInsightsApi
{
    public Task<IReadOnlyList<InsightDto>> ListAsync(CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<IReadOnlyList<InsightDto>>(http, "api/insights", cancellationToken);

    public Task<InsightDto> GetAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<InsightDto>(http, $"api/insights/{id}", cancellationToken);

    public Task<InsightDto> CreateAsync(InsightInput input, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<InsightDto>(http, HttpMethod.Post, "api/insights", input, cancellationToken);

    public Task<InsightDto> UpdateAsync(long id, InsightInput input, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<InsightDto>(http, HttpMethod.Put, $"api/insights/{id}", input, cancellationToken);

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync(http, HttpMethod.Delete, $"api/insights/{id}", null, cancellationToken);

    public Task<InsightDto> RefreshAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<InsightDto>(http, HttpMethod.Post, $"api/insights/{id}/refresh", null, cancellationToken);
}
