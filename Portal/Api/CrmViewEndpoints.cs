using Lodestar.Portal.Client.Features.Crm.Views;

namespace Lodestar.Portal.Api;

/// <summary><c>/api/crm/views</c>: saved list views. Everyone who reads the CRM keeps their own; only a view's owner deletes it.</summary>
public static class CrmViewEndpoints
{
    public static void MapViews(RouteGroupBuilder views)
    {
        views.MapGet("/", async (string? kind, ISavedViewsApi api, CancellationToken ct) => TypedResults.Ok(await api.ListAsync(kind ?? "", ct)))
            .WithSummary("The caller's saved views of a list (kind: contacts, accounts, deals or tickets; none for all), then those others shared; each by name.")
            .ProducesValidationProblem();
        views.MapPost("/", async (SavedViewInput input, ISavedViewsApi api, CancellationToken ct) =>
            {
                var created = await api.CreateAsync(input, ct);
                return TypedResults.Created($"/api/crm/views/{created.Id}", created);
            })
            .WithSummary("Saves a view { kind, name, shared, query }: query is the list's query object in its API's parameter names "
                + "(contacts: q, accountId, ownerId, sort; tickets: q, statuses, priorities, assigneeId, breached, sort; …); names are unique per person and list.")
            .ProducesValidationProblem();
        views.MapDelete("/{id:long}", async (long id, ISavedViewsApi api, CancellationToken ct) =>
            {
                await api.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Deletes one of the caller's views (403 for someone else's, shared or not).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
