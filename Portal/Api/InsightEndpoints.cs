using Lodestar.Portal.Client.Features.Insights;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Api;

/// <summary><c>/api/insights</c>: saved funnels and path charts, each its owner's own, and <c>/api/dashboards/mine</c> arranging them.</summary>
public static class InsightEndpoints
{
    public static void MapInsightEndpoints(this RouteGroupBuilder api)
    {
        var insights = api.MapGroup("/insights").RequireAuthorization(PortalPolicies.ViewFunnels).WithTags("Insights");
        insights.MapGet("/", async (IInsightsApi i, CancellationToken ct) => TypedResults.Ok(await i.ListAsync(ct)))
            .WithSummary("The caller's saved funnels and path charts, newest first, with their stored results and when they were computed.");
        insights.MapPost("/", async (InsightInput input, IInsightsApi i, CancellationToken ct) =>
            {
                var created = await i.CreateAsync(input, ct);
                return TypedResults.Created($"/api/insights/{created.Id}", created);
            })
            .WithSummary("Saves { name, kind: funnel|paths, query } (query: the body of POST /api/funnels/query or /api/paths/query) "
                + "and adds it to the end of the caller's dashboard; refresh it to compute its result.")
            .ProducesValidationProblem();
        insights.MapGet("/{id:long}", async (long id, IInsightsApi i, CancellationToken ct) => TypedResults.Ok(await i.GetAsync(id, ct)))
            .ProducesProblem(StatusCodes.Status404NotFound);
        insights.MapPut("/{id:long}", async (long id, InsightInput input, IInsightsApi i, CancellationToken ct) => TypedResults.Ok(await i.UpdateAsync(id, input, ct)))
            .WithSummary("Renames it or changes its query (a changed query forgets the stored result).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        insights.MapDelete("/{id:long}", async (long id, IInsightsApi i, CancellationToken ct) =>
            {
                await i.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Deletes it and takes it off the dashboard.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        insights.MapPost("/{id:long}/refresh", async (long id, IInsightsApi i, CancellationToken ct) => TypedResults.Ok(await i.RefreshAsync(id, ct)))
            .WithSummary("Runs the saved query now and stores the result with the time it was computed.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var dashboards = api.MapGroup("/dashboards").RequireAuthorization(PortalPolicies.ViewFunnels).WithTags("Insights");
        dashboards.MapGet("/mine", async (IDashboardsApi d, CancellationToken ct) => TypedResults.Ok(await d.MineAsync(ct)))
            .WithSummary("The caller's dashboard: their insights in order with sizes and stored results (nothing is recomputed).");
        dashboards.MapPut("/mine", async (DashboardInput input, IDashboardsApi d, CancellationToken ct) => TypedResults.Ok(await d.SaveMineAsync(input, ct)))
            .WithSummary("Arranges the dashboard: { items: [{ insightId, size: small|medium|large }] } in order; insights left out stay saved.")
            .ProducesValidationProblem();
    }
}
