using Lodestar.Domain;
using Lodestar.Domain.Insights;
using Lodestar.Portal.Auth;
using Lodestar.Portal.Client.Features.Insights;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Insights;

/// <summary>The server side of <see cref="IDashboardsApi"/>: the signed-in user's (or the API key's) own dashboard.</summary>
internal sealed class ServerDashboardsApi(DashboardService dashboards, CurrentUser user) : IDashboardsApi
{
    public Task<DashboardDto> MineAsync(CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => InsightMapping.ToDto(await dashboards.ItemsAsync(await OwnerAsync(), cancellationToken)));

    public Task<DashboardDto> SaveMineAsync(DashboardInput input, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var items = input.Items ?? throw new DomainValidationException("items", "List the dashboard's insights (an empty list clears it).");
        var saved = await dashboards.SaveAsync(await OwnerAsync(), [.. items.Select(i => (i.InsightId, InsightMapping.ToDomain(i.Size)))], cancellationToken);
        return InsightMapping.ToDto(saved);
    });

    private async Task<string> OwnerAsync() => await user.GetIdAsync()
        ?? throw new Client.Infrastructure.ApiException(StatusCodes.Status403Forbidden, "Sign in to keep a dashboard: each person has their own.");
}
