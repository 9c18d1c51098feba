using Lodestar.Portal.Client.Features.Privacy.Retention;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Api;

/// <summary>
/// <c>/api/privacy/retention</c>: the limits are read by every signed-in role and set by admins; the enforcement
/// reports of the <c>retention</c> job (run it with <c>POST /api/jobs/retention/run</c>) are read by every signed-in role.
/// </summary>
public static class RetentionEndpoints
{
    public static RouteGroupBuilder MapRetentionEndpoints(this RouteGroupBuilder api)
    {
        var retention = api.MapGroup("/privacy/retention").WithTags("Privacy");
        retention.MapGet("/", async (IRetentionApi r, CancellationToken ct) => TypedResults.Ok(await r.GetSettingsAsync(ct)))
            .WithSummary("Each data class (events, raw-messages, crm-activities, destination-ledgers) with its limit in days; null days = kept forever (the default).");
        retention.MapPut("/", async (RetentionSettingsRequest body, IRetentionApi r, CancellationToken ct) => TypedResults.Ok(await r.SaveSettingsAsync(body, ct)))
            .RequireAuthorization(PortalPolicies.Admin)
            .WithSummary("Replaces the limits: { classes: [{ class: \"events\", days: 365 }, …] }; a class not listed is kept forever. Days 1–3650.")
            .ProducesValidationProblem();
        retention.MapGet("/reports", async (IRetentionApi r, int? limit, CancellationToken ct) => TypedResults.Ok(await r.GetReportsAsync(limit ?? 20, ct)))
            .WithSummary("The retention job's enforcement reports, latest first (limit 1–200, default 20): per class the limit, cutoff, purged, oldest remaining and duration.")
            .ProducesValidationProblem();
        return api;
    }
}
