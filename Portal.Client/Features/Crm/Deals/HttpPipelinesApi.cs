using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Crm.Deals;

internal sealed class HttpPipelinesApi(HttpClient http) : IPipelinesApi
{
    public async Task<IReadOnlyList<PipelineDto>> ListAsync(CancellationToken cancellationToken = default) =>
        await HttpApi.GetAsync<List<PipelineDto>>(http, "api/crm/pipelines", cancellationToken);

    public Task<PipelineDto> CreateAsync(PipelineInput input, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<PipelineDto>(http, HttpMethod.Post, "api/crm/pipelines", input, cancellationToken);

    public Task<PipelineDto> UpdateAsync(long id, PipelineInput input, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<PipelineDto>(http, HttpMethod.Put, $"api/crm/pipelines/{id}", input, cancellationToken);

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync(http, HttpMethod.Delete, $"api/crm/pipelines/{id}", null, cancellationToken);
}
