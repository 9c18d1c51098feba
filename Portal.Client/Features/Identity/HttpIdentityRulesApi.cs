using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Identity;

internal sealed class HttpIdentityRulesApi(HttpClient http) : IIdentityRulesApi
{
    private const string Base = "api/identity/rules";

    public Task<IdentityRulesDto> GetAsync(CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<IdentityRulesDto>(http, Base, cancellationToken);

    public Task<RulesSavedDto> SaveAsync(IdentityRulesDto rules, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<RulesSavedDto>(http, HttpMethod.Put, Base, rules, cancellationToken);

    public Task<RulesSavedDto> ResetAsync(CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<RulesSavedDto>(http, HttpMethod.Delete, Base, null, cancellationToken);

    public Task<RulesDryRunDto> DryRunAsync(IdentityRulesDto rules, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<RulesDryRunDto>(http, HttpMethod.Post, $"{Base}/dry-run", rules, cancellationToken);
}
