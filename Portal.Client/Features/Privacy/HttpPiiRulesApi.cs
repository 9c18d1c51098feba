using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Privacy;

internal sealed class HttpPiiRulesApi(HttpClient http) : IPiiRulesApi
{
    public Task<PiiRulesDto> GetAsync(CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<PiiRulesDto>(http, "api/privacy/pii-rules", cancellationToken);

    public Task<PiiRulesDto> SaveAsync(PiiRulesDto rules, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<PiiRulesDto>(http, HttpMethod.Put, "api/privacy/pii-rules", rules, cancellationToken);
}
