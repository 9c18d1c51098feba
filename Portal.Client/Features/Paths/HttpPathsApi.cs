using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Paths;

internal sealed class HttpPathsApi(HttpClient http) : IPathsApi
{
    public Task<PathResultDto> QueryAsync(PathQueryDto query, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<PathResultDto>(http, HttpMethod.Post, "api/paths/query", query, cancellationToken);
}
