using Lodestar.Portal.Client.Features.Settings;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Api;

public static class SourcesEndpoints
{
    public static RouteGroupBuilder MapSourcesEndpoints(this RouteGroupBuilder api)
    {
        var sources = api.MapGroup("/settings/sources").RequireAuthorization(PortalPolicies.Admin).WithTags("Settings");
        sources.MapGet("/", async (ISourcesApi api, CancellationToken ct) => TypedResults.Ok(await api.ListAsync(ct)));
        sources.MapPost("/", async (SourceRequest request, ISourcesApi api, CancellationToken ct) =>
        {
            var created = await api.CreateAsync(request, ct);
            return TypedResults.Created($"/api/settings/sources/{created.Id}", created);
        }).ProducesValidationProblem();
        sources.MapPut("/{id:int}", async (int id, SourceRequest request, ISourcesApi api, CancellationToken ct) =>
            TypedResults.Ok(await api.UpdateAsync(id, request, ct))).ProducesValidationProblem();
        sources.MapPost("/{id:int}/rotate-key", async (int id, ISourcesApi api, CancellationToken ct) =>
            TypedResults.Ok(await api.RotateWriteKeyAsync(id, ct)));
        return api;
    }
}
