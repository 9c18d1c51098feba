using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Crm;

internal sealed class HttpContactsApi(HttpClient http) : IContactsApi
{
    public Task<ContactListDto> ListAsync(ContactQuery query, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<ContactListDto>(http, "api/crm/contacts?" + QueryStrings.Of(("q", query.Q), ("accountId", query.AccountId),
            ("ownerId", query.OwnerId), ("sort", query.Sort), ("offset", query.Offset), ("limit", query.Limit)), cancellationToken);

    public Task<ContactDto> GetAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<ContactDto>(http, $"api/crm/contacts/{id}", cancellationToken);

    public Task<ContactDto> CreateAsync(ContactInput input, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<ContactDto>(http, HttpMethod.Post, "api/crm/contacts", input, cancellationToken);

    public Task<ContactDto> UpdateAsync(long id, ContactInput input, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<ContactDto>(http, HttpMethod.Put, $"api/crm/contacts/{id}", input, cancellationToken);

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync(http, HttpMethod.Delete, $"api/crm/contacts/{id}", null, cancellationToken);

    public async Task<IReadOnlyList<PossibleDuplicateDto>> FindDuplicatesAsync(ContactInput input, long? exceptId = null, CancellationToken cancellationToken = default) =>
        await HttpApi.SendAsync<List<PossibleDuplicateDto>>(http, HttpMethod.Post,
            "api/crm/contacts/duplicates?" + QueryStrings.Of(("exceptId", exceptId)), input, cancellationToken);

    public async Task<IReadOnlyList<FieldChangeDto>> HistoryAsync(long id, CancellationToken cancellationToken = default) =>
        await HttpApi.GetAsync<List<FieldChangeDto>>(http, $"api/crm/contacts/{id}/history", cancellationToken);

    public async Task<IReadOnlyList<OwnerDto>> OwnersAsync(CancellationToken cancellationToken = default) =>
        await HttpApi.GetAsync<List<OwnerDto>>(http, "api/crm/owners", cancellationToken);
}
