using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Crm.Deals;

internal sealed class HttpDealsApi(HttpClient http) : IDealsApi
{
    public Task<DealListDto> ListAsync(DealQuery query, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<DealListDto>(http, "api/crm/deals?" + IDealsApi.ListUrl(query), cancellationToken);

    public Task<DealBoardDto> BoardAsync(long? pipelineId, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<DealBoardDto>(http, "api/crm/deals/board?" + QueryStrings.Of(("pipelineId", pipelineId)), cancellationToken);

    public Task<DealDto> GetAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<DealDto>(http, $"api/crm/deals/{id}", cancellationToken);

    public Task<DealDto> CreateAsync(DealInput input, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<DealDto>(http, HttpMethod.Post, "api/crm/deals", input, cancellationToken);

    public Task<DealDto> UpdateAsync(long id, DealInput input, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<DealDto>(http, HttpMethod.Put, $"api/crm/deals/{id}", input, cancellationToken);

    public Task<DealDto> MoveAsync(long id, DealMoveInput move, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<DealDto>(http, HttpMethod.Post, $"api/crm/deals/{id}/move", move, cancellationToken);

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync(http, HttpMethod.Delete, $"api/crm/deals/{id}", null, cancellationToken);

    public async Task<IReadOnlyList<FieldChangeDto>> HistoryAsync(long id, CancellationToken cancellationToken = default) =>
        await HttpApi.GetAsync<List<FieldChangeDto>>(http, $"api/crm/deals/{id}/history", cancellationToken);
}
