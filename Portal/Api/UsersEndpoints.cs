using Lodestar.Portal.Client.Features.Settings;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Api;

public static class UsersEndpoints
{
    public static RouteGroupBuilder MapUsersEndpoints(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/settings/users").RequireAuthorization(PortalPolicies.Admin).WithTags("Settings");
        users.MapGet("/", async (IUsersApi api, CancellationToken ct) => TypedResults.Ok(await api.ListAsync(ct)));
        users.MapPost("/", async (UserRequest request, IUsersApi api, CancellationToken ct) =>
        {
            var created = await api.CreateAsync(request, ct);
            return TypedResults.Created($"/api/settings/users/{created.User.Id}", created);
        }).ProducesValidationProblem();
        users.MapPut("/{id}", async (string id, UserRequest request, IUsersApi api, CancellationToken ct) =>
            TypedResults.Ok(await api.UpdateAsync(id, request, ct))).ProducesValidationProblem();
        users.MapPut("/{id}/disabled", async (string id, DisabledRequest request, IUsersApi api, CancellationToken ct) =>
        {
            await api.SetDisabledAsync(id, request.Disabled, ct);
            return TypedResults.NoContent();
        }).ProducesValidationProblem();
        users.MapPost("/{id}/password-reset", async (string id, IUsersApi api, CancellationToken ct) =>
            TypedResults.Ok(await api.ResetPasswordAsync(id, ct)));
        users.MapDelete("/{id}", async (string id, IUsersApi api, CancellationToken ct) =>
        {
            await api.DeleteAsync(id, ct);
            return TypedResults.NoContent();
        }).ProducesValidationProblem();
        return api;
    }
}
