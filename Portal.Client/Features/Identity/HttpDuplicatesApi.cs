using System.Globalization;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Identity;

internal sealed class HttpDuplicatesApi(HttpClient http) : IDuplicatesApi
{
    private const string Base = "api/identity/duplicates";

    public Task<DuplicateListDto> ListAsync(double minProbability, int limit, CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<DuplicateListDto>(http,
            string.Create(CultureInfo.InvariantCulture, $"{Base}?minProbability={minProbability}&limit={limit}"), cancellationToken);

    public Task<DuplicateDecisionDto> AcceptAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<DuplicateDecisionDto>(http, HttpMethod.Post, $"{Base}/{id}/accept", null, cancellationToken);

    public Task<DuplicateDecisionDto> RejectAsync(long id, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<DuplicateDecisionDto>(http, HttpMethod.Post, $"{Base}/{id}/reject", null, cancellationToken);
}
