using Lodestar.Portal.Client.Features.Overview;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lodestar.Portal.Api;

public static class OverviewEndpoints
{
    public static RouteGroupBuilder MapOverviewEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/overview", async Task<Ok<OverviewDto>> (IOverviewApi overview, CancellationToken cancellationToken) =>
                TypedResults.Ok(await overview.GetAsync(cancellationToken)))
            .WithTags("Overview")
            .WithSummary("Event volume and the state of the demo workspace.");
        return api;
    }
}
