using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Crm;

internal sealed class HttpAccountsApi(HttpClient http) : IAccountsApi
{
    public Task<AccountListDto> ListAsync(AccountQuery query, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<AccountListDto>(http, "api/crm/accounts?" + QueryStrings.Of(("q", query.Q), ("ownerId", query.OwnerId),
            ("sort", query.Sort), ("offset", query.Offset), ("limit", query.Limit)), cancellationToken);

    public Task<AccountDto> GetAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<AccountDto>(http, $"api/crm/accounts/{id}", cancellationToken);

    public Task<AccountDto> CreateAsync(AccountInput input, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<AccountDto>(http, HttpMethod.Post, "api/crm/accounts", input, cancellationToken);

    public Task<AccountDto> UpdateAsync(long id, AccountInput input, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<AccountDto>(http, HttpMethod.Put, $"api/crm/accounts/{id}", input, cancellationToken);

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync(http, HttpMethod.Delete, $"api/crm/accounts/{id}", null, cancellationToken);

    public async Task<IReadOnlyList<PossibleDuplicateDto>> FindDuplicatesAsync(AccountInput input, long? exceptId = null, CancellationToken cancellationToken = default) =>
        await HttpApi.SendAsync<List<PossibleDuplicateDto>>(http, HttpMethod.Post,
            "api/crm/accounts/duplicates?" + QueryStrings.Of(("exceptId", exceptId)), input, cancellationToken);

    public async Task<IReadOnlyList<FieldChangeDto>> HistoryAsync(long id, CancellationToken cancellationToken = default) =>
        await HttpApi.GetAsync<List<FieldChangeDto>>(http, $"api/crm/accounts/{id}/history", cancellationToken);
}
