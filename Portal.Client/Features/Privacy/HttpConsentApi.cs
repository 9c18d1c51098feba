using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Privacy;

internal sealed class HttpConsentApi(HttpClient http) : IConsentApi
{
    public Task<ConsentCategoriesDto> GetCategoriesAsync(CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<ConsentCategoriesDto>(http, "api/privacy/consent/categories", cancellationToken);

    public Task<ConsentCategoriesDto> SaveCategoriesAsync(ConsentCategoriesDto categories, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<ConsentCategoriesDto>(http, HttpMethod.Put, "api/privacy/consent/categories", categories, cancellationToken);

    public Task<ConsentChangeDto> RecordAsync(ConsentRequest request, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<ConsentChangeDto>(http, HttpMethod.Post, "api/privacy/consent", request, cancellationToken);

    public Task<ConsentChangeDto> RecordForContactAsync(long contactId, ContactConsentRequest request, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<ConsentChangeDto>(http, HttpMethod.Post, $"api/crm/contacts/{contactId}/consent", request, cancellationToken);

    public Task<ProfileConsentDto> ForProfileAsync(long profileId, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<ProfileConsentDto>(http, $"api/profiles/{profileId}/consent", cancellationToken);
}
