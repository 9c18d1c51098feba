namespace Lodestar.Portal.Client.Features.Economics.Dashboard;

/// <summary>The executive dashboard (<c>GET /api/economics/dashboard</c>), served from the last economics run's stored results.</summary>
public interface IEconomicsDashboardApi
{
    /// <param name="from">YYYY-MM or YYYY-MM-DD; default 11 months before <paramref name="to"/>.</param>
    /// <param name="to">YYYY-MM or YYYY-MM-DD; default the month of the last run.</param>
    /// <param name="channel">An acquisition channel, any case; null or empty for all.</param>
    Task<EconomicsDashboardDto> GetAsync(string? from, string? to, string? channel, CancellationToken cancellationToken = default);
}
