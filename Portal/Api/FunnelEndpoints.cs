using Lodestar.Portal.Client.Features.Funnels;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Api;

/// <summary><c>/api/funnels</c>: product managers (and marketers, admins) ask how people move through a journey.</summary>
public static class FunnelEndpoints
{
    public static void MapFunnelEndpoints(this RouteGroupBuilder api)
    {
        var funnels = api.MapGroup("/funnels").RequireAuthorization(PortalPolicies.ViewFunnels).WithTags("Funnels");
        funnels.MapPost("/query", async (FunnelQueryDto query, IFunnelsApi f, CancellationToken ct) => TypedResults.Ok(await f.QueryAsync(query, ct)))
            .WithSummary("Runs a funnel: per step count, conversion from the first and the previous step, drop-off, median and p90 seconds from the previous step; optional breakdown, trend and value. Semantics: docs/funnels.md.")
            .ProducesValidationProblem();
        funnels.MapPost("/people", async (FunnelPeopleRequestDto request, IFunnelsApi f, CancellationToken ct) => TypedResults.Ok(await f.PeopleAsync(request, ct)))
            .WithSummary("The people who reached a step, or dropped off before it (paged: offset, limit).")
            .ProducesValidationProblem();
        funnels.MapPost("/people/segment", async (FunnelSegmentRequestDto request, IFunnelsApi f, CancellationToken ct) =>
            {
                var segment = await f.SaveAsSegmentAsync(request, ct);
                return TypedResults.Created($"/api/segments/{segment.Id}", segment);
            })
            .WithSummary("Saves the people of a step (converted or dropped off) as a static segment and queues its computation.")
            .ProducesValidationProblem();
    }
}
