namespace Lodestar.Portal.Api;

public static class ManagementApi
{
    /// <summary>Everything under <c>/api</c>: JSON, a cookie or an API key, authorised by role per group.</summary>
    public static IEndpointRouteBuilder MapManagementApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization();
        api.MapEventsEndpoints();
        api.MapOverviewEndpoints();
        api.MapJobsEndpoints();
        api.MapUsersEndpoints();
        api.MapApiKeysEndpoints();
        api.MapSourcesEndpoints();
        api.MapProfilesEndpoints();
        api.MapConsentEndpoints();
        api.MapPiiRulesEndpoints();
        api.MapPrivacyDeletionEndpoints();
        api.MapAuditEndpoints();
        api.MapRetentionEndpoints();
        api.MapIdentityEndpoints();
        api.MapCrmEndpoints();
        api.MapSegmentEndpoints();
        api.MapFunnelEndpoints();
        api.MapPathEndpoints();
        api.MapInsightEndpoints();
        api.MapEconomicsEndpoints();
        api.MapDestinationEndpoints();
        api.MapSubjectAccessEndpoints();
        return app;
    }
}
