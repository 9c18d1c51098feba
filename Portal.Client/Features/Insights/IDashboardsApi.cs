namespace Lodestar.Portal.Client.Features.Insights;

/// <summary>Each person's dashboard of saved insights (<c>/api/dashboards/mine</c>), for Admin, ProductManager and Marketer.</summary>
public interface IDashboardsApi
{
    /// <summary>Loads from the stored results: nothing is recomputed.</summary>
    Task<DashboardDto> MineAsync(CancellationToken cancellationToken = default);

    /// <exception cref="Infrastructure.ApiException">An item is not one of the caller's insights, or is listed twice (<c>items[2].insightId</c>).</exception>
    Task<DashboardDto> SaveMineAsync(DashboardInput input, CancellationToken cancellationToken = default);
}
