using Lodestar.Domain.Paths;
using Lodestar.Portal.Client.Features.Paths;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Paths;

/// <summary>The server side of <see cref="IPathsApi"/>.</summary>
internal sealed class ServerPathsApi(PathService paths) : IPathsApi
{
    public Task<PathResultDto> QueryAsync(PathQueryDto query, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => PathMapping.ToDto(await paths.QueryAsync(PathMapping.ToDomain(query), cancellationToken)));
}
