using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Settings;

internal sealed class HttpSourcesApi(HttpClient http) : ISourcesApi
{
    private const string Base = "api/settings/sources";

    public async Task<IReadOnlyList<SourceDto>> ListAsync(CancellationToken cancellationToken = default) =>
        await HttpApi.GetAsync<List<SourceDto>>(http, Base, cancellationToken);

    public Task<SourceDto> CreateAsync(SourceRequest request, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<SourceDto>(http, HttpMethod.Post, Base, request, cancellationToken);

    public Task<SourceDto> UpdateAsync(int id, SourceRequest request, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<SourceDto>(http, HttpMethod.Put, $"{Base}/{id}", request, cancellationToken);

    public Task<SourceDto> RotateWriteKeyAsync(int id, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<SourceDto>(http, HttpMethod.Post, $"{Base}/{id}/rotate-key", null, cancellationToken);
}
