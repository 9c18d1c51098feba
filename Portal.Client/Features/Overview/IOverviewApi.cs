namespace Lodestar.Portal.Client.Features.Overview;

/// <summary>The Overview page's numbers (<c>GET /api/overview</c>).</summary>
public interface IOverviewApi
{
    Task<OverviewDto> GetAsync(CancellationToken cancellationToken = default);
}
