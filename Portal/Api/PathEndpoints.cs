using Lodestar.Portal.Client.Features.Paths;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Api;

/// <summary><c>/api/paths</c>: what people did after (or before) an event, for the same people who read funnels.</summary>
public static class PathEndpoints
{
    public static void MapPathEndpoints(this RouteGroupBuilder api)
    {
        var paths = api.MapGroup("/paths").RequireAuthorization(PortalPolicies.ViewFunnels).WithTags("Paths");
        paths.MapPost("/query", async (PathQueryDto query, IPathsApi p, CancellationToken ct) => TypedResults.Ok(await p.QueryAsync(query, ct)))
            .WithSummary("Sankey data of the events people did after (or before) the first occurrence of an event in a date range: "
                + "nodes per step (top N, the rest as Other) and links with people counts. Semantics: docs/funnels.md, Paths.")
            .ProducesValidationProblem();
    }
}
