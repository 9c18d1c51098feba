using Lodestar.Portal.Client.Features.Settings;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Api;

public static class ApiKeysEndpoints
{
    public static RouteGroupBuilder MapApiKeysEndpoints(this RouteGroupBuilder api)
    {
        var keys = api.MapGroup("/settings/api-keys").RequireAuthorization(PortalPolicies.Admin).WithTags("Settings");
        keys.MapGet("/", async (IApiKeysApi api, CancellationToken ct) => TypedResults.Ok(await api.ListAsync(ct)));
        keys.MapPost("/", async (ApiKeyRequest request, IApiKeysApi api, CancellationToken ct) =>
        {
            var created = await api.CreateAsync(request, ct);
            return TypedResults.Created($"/api/settings/api-keys/{created.Key.Id}", created);
        }).ProducesValidationProblem();
        keys.MapDelete("/{id:int}", async (int id, IApiKeysApi api, CancellationToken ct) =>
        {
            await api.RevokeAsync(id, ct);
            return TypedResults.NoContent();
        });
        return api;
    }
}
