using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Settings;

internal sealed class HttpApiKeysApi(HttpClient http) : IApiKeysApi
{
    private const string Base = "api/settings/api-keys";

    public async Task<IReadOnlyList<ApiKeyDto>> ListAsync(CancellationToken cancellationToken = default) =>
        await HttpApi.GetAsync<List<ApiKeyDto>>(http, Base, cancellationToken);

    public Task<CreatedApiKeyDto> CreateAsync(ApiKeyRequest request, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<CreatedApiKeyDto>(http, HttpMethod.Post, Base, request, cancellationToken);

    public Task RevokeAsync(int id, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync(http, HttpMethod.Delete, $"{Base}/{id}", null, cancellationToken);
}
