using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Features.Events;
using Lodestar.Portal.Client.Features.Identity;
using Lodestar.Portal.Client.Features.Jobs;
using Lodestar.Portal.Client.Features.Profiles;
using Lodestar.Portal.Client.Features.Overview;
using Lodestar.Portal.Client.Features.Settings;
using Lodestar.Portal.Features.Crm;
using Lodestar.Portal.Features.Events;
using Lodestar.Portal.Features.Identity;
using Lodestar.Portal.Features.Jobs;
using Lodestar.Portal.Features.Profiles;
using Lodestar.Portal.Features.Overview;
using Lodestar.Portal.Features.Settings;

namespace Lodestar.Portal.Features;

public static class ServerApiServiceCollectionExtensions
{
    /// <summary>The server implementations of the client contracts (pages on the server and the API endpoints use them).</summary>
    public static IServiceCollection AddServerPortalApis(this IServiceCollection services)
    {
        services.AddScoped<IEventsApi, ServerEventsApi>();
        services.AddScoped<IOverviewApi, ServerOverviewApi>();
        services.AddScoped<IUsersApi, ServerUsersApi>();
        services.AddScoped<IApiKeysApi, ServerApiKeysApi>();
        services.AddScoped<ISourcesApi, ServerSourcesApi>();
        services.AddScoped<IProfilesApi, ServerProfilesApi>();
        services.AddScoped<Client.Features.Privacy.IConsentApi, Privacy.ServerConsentApi>();
        services.AddScoped<Client.Features.Destinations.IDestinationsApi, Destinations.ServerDestinationsApi>();
        services.AddScoped<Client.Features.Privacy.IPiiRulesApi, Privacy.ServerPiiRulesApi>();
        services.AddScoped<Client.Features.Privacy.Deletions.IDeletionsApi, Privacy.ServerDeletionsApi>();
        services.AddScoped<Audit.AuditRecorder>();
        services.AddScoped<Client.Features.Audit.IAuditApi, Audit.ServerAuditApi>();
        services.AddScoped<Client.Features.Privacy.Retention.IRetentionApi, Privacy.ServerRetentionApi>();
        services.AddScoped<IJobsApi, ServerJobsApi>();
        services.AddScoped<IIdentityRulesApi, ServerIdentityRulesApi>();
        services.AddScoped<IDuplicatesApi, ServerDuplicatesApi>();
        services.AddScoped<ServerContactsApi>();
        services.AddScoped<IContactsApi>(sp => sp.GetRequiredService<ServerContactsApi>());
        services.AddScoped<ServerAccountsApi>();
        services.AddScoped<IAccountsApi>(sp => sp.GetRequiredService<ServerAccountsApi>());
        services.AddScoped<Client.Features.Crm.Deals.IDealsApi, Crm.Deals.ServerDealsApi>();
        services.AddScoped<Client.Features.Segments.ISegmentsApi, Segments.ServerSegmentsApi>();
        services.AddScoped<Client.Features.Funnels.IFunnelsApi, Funnels.ServerFunnelsApi>();
        services.AddScoped<Client.Features.Paths.IPathsApi, Paths.ServerPathsApi>();
        services.AddScoped<Insights.InsightRunner>();
        services.AddScoped<Client.Features.Insights.IInsightsApi, Insights.ServerInsightsApi>();
        services.AddScoped<Client.Features.Insights.IDashboardsApi, Insights.ServerDashboardsApi>();
        services.AddScoped<Client.Features.Economics.IClvApi, Economics.ServerClvApi>();
        services.AddScoped<Client.Features.Economics.IEconomicsApi, Economics.ServerEconomicsApi>();
        services.AddScoped<Client.Features.Economics.Dashboard.IEconomicsDashboardApi, Economics.ServerEconomicsDashboardApi>();
        services.AddScoped<Client.Features.Crm.Deals.IPipelinesApi, Crm.Deals.ServerPipelinesApi>();
        services.AddScoped<ITicketsApi, ServerTicketsApi>();
        services.AddScoped<Client.Features.Crm.Import.IImportApi, Crm.Import.ServerImportApi>();
        services.AddScoped<Client.Features.Crm.Activities.IActivitiesApi, Crm.Activities.ServerActivitiesApi>();
        services.AddScoped<Client.Features.Crm.Views.ISavedViewsApi, Crm.Views.ServerSavedViewsApi>();
        return services;
    }
}
