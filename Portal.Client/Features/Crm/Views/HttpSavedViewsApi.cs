using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Crm.Views;

internal sealed class HttpSavedViewsApi(HttpClient http) : ISavedViewsApi
{
    public async Task<IReadOnlyList<SavedViewDto>> ListAsync(string kind, CancellationToken cancellationToken = default) =>
        await HttpApi.GetAsync<List<SavedViewDto>>(http, "api/crm/views?" + QueryStrings.Of(("kind", kind)), cancellationToken);

    public Task<SavedViewDto> CreateAsync(SavedViewInput input, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<SavedViewDto>(http, HttpMethod.Post, "api/crm/views", input, cancellationToken);

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync(http, HttpMethod.Delete, $"api/crm/views/{id}", null, cancellationToken);
}
