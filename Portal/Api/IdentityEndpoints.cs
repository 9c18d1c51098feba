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
        return api;
    }
}
