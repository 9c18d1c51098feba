using Lodestar.Portal.Client.Features.Privacy;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Api;

/// <summary><c>/api/privacy/pii-rules</c>: what ingestion drops or hashes; read by every signed-in role, replaced by admins.</summary>
public static class PiiRulesEndpoints
{
    public static RouteGroupBuilder MapPiiRulesEndpoints(this RouteGroupBuilder api)
    {
        var rules = api.MapGroup("/privacy/pii-rules").WithTags("Privacy");
        rules.MapGet("/", async (IPiiRulesApi r, CancellationToken ct) => TypedResults.Ok(await r.GetAsync(ct)))
            .WithSummary("The PII rules applied to every new message: { rules: [{ path: \"properties.ssn\", action: \"drop\" | \"hash\" }] }.");
        rules.MapPut("/", async (PiiRulesDto body, IPiiRulesApi r, CancellationToken ct) => TypedResults.Ok(await r.SaveAsync(body, ct)))
            .RequireAuthorization(PortalPolicies.Admin)
            .WithSummary("Replaces the PII rules; a bad path or action, a repeat or an overlap is 400 naming rules[i].path or rules[i].action.")
            .ProducesValidationProblem();
        return api;
    }
}
