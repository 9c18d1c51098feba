namespace Lodestar.Portal.Client.Features.Paths;

/// <summary>
/// Paths (<c>/api/paths</c>), for Admin, ProductManager and Marketer. An invalid query is answered with
/// <see cref="Infrastructure.ApiException"/> whose problem names the field (<c>depth</c>, <c>filters[0].property</c>).
/// </summary>
public interface IPathsApi
{
    Task<PathResultDto> QueryAsync(PathQueryDto query, CancellationToken cancellationToken = default);
}
