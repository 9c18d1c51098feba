using Lodestar.Domain.Audit;
using Lodestar.Domain.Privacy.Access;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Features.Audit;
using Microsoft.Net.Http.Headers;

namespace Lodestar.Portal.Api;

/// <summary>
/// Subject access (Admin only): everything held about one person as a JSON attachment, found from any identifier
/// (<c>/api/privacy/subjects/export?type=&amp;value=</c>) or from a profile (<c>/api/profiles/{id}/export</c>). The person
/// is located before anything is written, so a bad type is a 400 and nobody found a 404; then the document streams.
/// Each export is audited with the identifier masked and the counts of what it held.
/// </summary>
public static class SubjectAccessEndpoints
{
    public static RouteGroupBuilder MapSubjectAccessEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/privacy/subjects/export", async (string? type, string? value, HttpContext context, SubjectAccessService service, AuditRecorder audit,
                CancellationToken ct) => await SendAsync(await service.LocateAsync(type, value, ct), context, service, audit, ct))
            .RequireAuthorization(PortalPolicies.Admin)
            .WithTags("Privacy")
            .WithSummary("Everything held about the person an identifier belongs to (type: email, phone, userId, anonymousId, crmContactId, deviceId or a custom type), as a JSON attachment.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/profiles/{id:long}/export", async (long id, HttpContext context, SubjectAccessService service, AuditRecorder audit, CancellationToken ct) =>
                await SendAsync(await service.LocateProfileAsync(id, ct), context, service, audit, ct))
            .RequireAuthorization(PortalPolicies.Admin)
            .WithTags("Profiles")
            .WithSummary("Everything held about the person this profile belongs to (merged profiles, identifiers, events, CRM, consent, segments, destinations), as a JSON attachment.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> SendAsync(SubjectExport export, HttpContext context, SubjectAccessService service, AuditRecorder audit,
        CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = export.FileName }.ToString();
        response.Headers.CacheControl = "no-store";
        var target = export.SubjectProfileId is { } profile
            ? AuditTarget.Of("profile", profile, export.MaskedRequest)
            : new AuditTarget("subject", null, export.MaskedRequest);
        try
        {
            var summary = await service.WriteAsync(export, response.Body, cancellationToken);
            await audit.RecordAsync(AuditActions.SubjectExported, target, summary.Describe());
        }
        catch (Exception ex) when (response.HasStarted)
        {
            // Part of the document may have reached the caller: the log says so rather than staying silent.
            await audit.RecordAsync(AuditActions.SubjectExported, target, $"stopped before the end ({ex.GetType().Name})");
            throw;
        }

        return TypedResults.Empty;
    }
}
