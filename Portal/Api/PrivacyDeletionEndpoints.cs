using Lodestar.Portal.Client.Features.Privacy.Deletions;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Api;

/// <summary><c>/api/privacy/deletions</c> and <c>/api/privacy/suppressions</c>: erasure by any identifier and the suppression list (Admin).</summary>
public static class PrivacyDeletionEndpoints
{
    public static RouteGroupBuilder MapPrivacyDeletionEndpoints(this RouteGroupBuilder api)
    {
        var deletions = api.MapGroup("/privacy/deletions").WithTags("Privacy").RequireAuthorization(PortalPolicies.Admin);
        deletions.MapPost("/", async (DeletionRequestInput body, IDeletionsApi d, CancellationToken ct) =>
            {
                var filed = await d.FileAsync(body, ct);
                return TypedResults.Accepted($"/api/privacy/deletions/{filed.Id}", filed);
            })
            .WithSummary("Erases a person: { identifierType: email|phone|userId|anonymousId|crmContactId|deviceId|<custom>, value, mode?: delete|anonymise } → 202 with the request (queued for the privacy-deletion job); the request already waiting for the same identifier is returned instead of a second one.")
            .ProducesValidationProblem();
        deletions.MapGet("/", async (IDeletionsApi d, CancellationToken ct, int offset = 0, int limit = 50) => TypedResults.Ok(await d.ListAsync(offset, limit, ct)))
            .WithSummary("Deletion requests, newest first, with their receipts: { items, total }.")
            .ProducesValidationProblem();
        deletions.MapGet("/{id:long}", async (long id, IDeletionsApi d, CancellationToken ct) => TypedResults.Ok(await d.GetAsync(id, ct)))
            .WithSummary("A deletion request: status (queued, running, completed, failed) and its receipt (rows removed per store, each destination's status and answer, identifiers suppressed).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var suppressions = api.MapGroup("/privacy/suppressions").WithTags("Privacy").RequireAuthorization(PortalPolicies.Admin);
        suppressions.MapGet("/", async (IDeletionsApi d, CancellationToken ct, int offset = 0, int limit = 50) => TypedResults.Ok(await d.SuppressionsAsync(offset, limit, ct)))
            .WithSummary("The suppression list, newest first (identifiers masked; only their SHA-256 is stored), and how many messages were dropped: { items, total, droppedMessages, droppedToday }.")
            .ProducesValidationProblem();
        suppressions.MapDelete("/{id:long}", async (long id, IDeletionsApi d, CancellationToken ct) => TypedResults.Ok(await d.UnsuppressAsync(id, ct)))
            .WithSummary("Unsuppresses an identifier: its messages are stored again from now on.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
