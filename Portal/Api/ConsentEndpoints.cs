using Lodestar.Portal.Client.Features.Privacy;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Api;

/// <summary>
/// <c>/api/privacy/consent</c>: categories are read by every signed-in role and edited by admins; decisions are
/// recorded by admins and marketers. A profile's consent is under <c>/api/profiles/{id}/consent</c>.
/// </summary>
public static class ConsentEndpoints
{
    public static RouteGroupBuilder MapConsentEndpoints(this RouteGroupBuilder api)
    {
        var consent = api.MapGroup("/privacy/consent").WithTags("Privacy");
        consent.MapGet("/categories", async (IConsentApi c, CancellationToken ct) => TypedResults.Ok(await c.GetCategoriesAsync(ct)))
            .WithSummary("The workspace's consent categories (lower-case keys); analytics, marketing and advertising until an admin saves others.");
        consent.MapPut("/categories", async (ConsentCategoriesDto body, IConsentApi c, CancellationToken ct) => TypedResults.Ok(await c.SaveCategoriesAsync(body, ct)))
            .RequireAuthorization(PortalPolicies.Admin)
            .WithSummary("Replaces the consent categories: { categories: [\"analytics\", …] }.")
            .ProducesValidationProblem();
        consent.MapPost("/", async (ConsentRequest body, IConsentApi c, CancellationToken ct) => TypedResults.Ok(await c.RecordAsync(body, ct)))
            .RequireAuthorization(PortalPolicies.ManageConsent)
            .WithSummary("Records a decision: { identifierType, identifierValue, category, granted, source: api|crm }; an unconfigured category is 400.")
            .ProducesValidationProblem();
        api.MapPost("/crm/contacts/{id:long}/consent", async (long id, ContactConsentRequest body, IConsentApi c, CancellationToken ct) =>
                TypedResults.Ok(await c.RecordForContactAsync(id, body, ct)))
            .RequireAuthorization(PortalPolicies.EditCrm)
            .WithTags("CRM")
            .WithSummary("Opt-in or opt-out on a contact: { category, granted }; recorded for its crm_contact_id with source crm.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/profiles/{id:long}/consent", async (long id, IConsentApi c, CancellationToken ct) => TypedResults.Ok(await c.ForProfileAsync(id, ct)))
            .RequireAuthorization(PortalPolicies.ViewProfiles)
            .WithTags("Profiles")
            .WithSummary("The profile's current consent per category (latest decision over all its identifiers) and the history, newest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
