using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Privacy.Deletions;

internal sealed class HttpDeletionsApi(HttpClient http) : IDeletionsApi
{
    public Task<DeletionDto> FileAsync(DeletionRequestInput input, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<DeletionDto>(http, HttpMethod.Post, "api/privacy/deletions", input, cancellationToken);

    public Task<DeletionDto> GetAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<DeletionDto>(http, $"api/privacy/deletions/{id}", cancellationToken);

    public Task<DeletionListDto> ListAsync(int offset = 0, int limit = 50, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<DeletionListDto>(http, $"api/privacy/deletions?offset={offset}&limit={limit}", cancellationToken);

    public Task<SuppressionListDto> SuppressionsAsync(int offset = 0, int limit = 50, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<SuppressionListDto>(http, $"api/privacy/suppressions?offset={offset}&limit={limit}", cancellationToken);

    public Task<SuppressionDto> UnsuppressAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<SuppressionDto>(http, HttpMethod.Delete, $"api/privacy/suppressions/{id}", null, cancellationToken);
}
