using Lodestar.Portal.Client.Features.Identity;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Api;

public static class IdentityEndpoints
{
    public static RouteGroupBuilder MapIdentityEndpoints(this RouteGroupBuilder api)
    {
        var rules = api.MapGroup("/identity/rules").RequireAuthorization(PortalPolicies.Admin).WithTags("Identity");
        rules.MapGet("/", async (IIdentityRulesApi rules, CancellationToken ct) => TypedResults.Ok(await rules.GetAsync(ct)))
            .WithSummary("The identity rules in force: identifier types in priority order, limits, blocked values, default phone region.");
        rules.MapPut("/", async (IdentityRulesDto body, IIdentityRulesApi rules, CancellationToken ct) =>
                TypedResults.Accepted("/api/identity/rules", await rules.SaveAsync(body, ct)))
            .WithSummary("Saves the rules and starts a rebuild (rebuildJobId) so every profile follows them.")
            .ProducesValidationProblem();
        rules.MapDelete("/", async (IIdentityRulesApi rules, CancellationToken ct) =>
                TypedResults.Accepted("/api/identity/rules", await rules.ResetAsync(ct)))
            .WithSummary("Goes back to Segment's default rules and starts a rebuild.");
        rules.MapPost("/dry-run", async (IdentityRulesDto body, IIdentityRulesApi rules, CancellationToken ct) =>
                TypedResults.Ok(await rules.DryRunAsync(body, ct)))
            .WithSummary("Resolves every stored event with these rules and reports the profiles that would merge or split; changes nothing.")
            .ProducesValidationProblem();
        var duplicates = api.MapGroup("/identity/duplicates").RequireAuthorization(PortalPolicies.Admin).WithTags("Identity");
        duplicates.MapGet("/", async (IDuplicatesApi duplicates, double? minProbability, int? limit, CancellationToken ct) =>
                TypedResults.Ok(await duplicates.ListAsync(minProbability ?? 0.5, limit ?? 50, ct)))
            .WithSummary("Pending duplicate suggestions (profiles that are probably one person), most probable first, with per-field evidence.")
            .ProducesValidationProblem();
        duplicates.MapPost("/{id:long}/accept", async (long id, IDuplicatesApi duplicates, CancellationToken ct) =>
                TypedResults.Ok(await duplicates.AcceptAsync(id, ct)))
            .WithSummary("Merges the two profiles; the merge is recorded in the ledger and kept by rebuilds.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        duplicates.MapPost("/{id:long}/reject", async (long id, IDuplicatesApi duplicates, CancellationToken ct) =>
                TypedResults.Ok(await duplicates.RejectAsync(id, ct)))
            .WithSummary("Remembers that the two profiles are different people; the pair is not suggested again.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
