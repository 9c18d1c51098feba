using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Audit;

internal sealed class HttpAuditApi(HttpClient http) : IAuditApi
{
    public Task<AuditPageDto> ListAsync(AuditFilter filter, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<AuditPageDto>(http, "api/audit?" + filter.ToQueryString(), cancellationToken);

    public Task<IReadOnlyList<string>> ActionsAsync(CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<IReadOnlyList<string>>(http, "api/audit/actions", cancellationToken);
}
