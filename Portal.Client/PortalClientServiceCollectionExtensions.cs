using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Features.Events;
using Lodestar.Portal.Client.Features.Funnels;
using Lodestar.Portal.Client.Features.Identity;
using Lodestar.Portal.Client.Features.Jobs;
using Lodestar.Portal.Client.Features.Overview;
using Lodestar.Portal.Client.Features.Profiles;
using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Client.Features.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Portal.Client;

public static class PortalClientServiceCollectionExtensions
{
    /// <summary>The HTTP implementations of the API contracts, used when pages run in WebAssembly.</summary>
    public static IServiceCollection AddHttpPortalApis(this IServiceCollection services)
    {
        services.AddScoped<IEventsApi, HttpEventsApi>();
        services.AddScoped<IOverviewApi, HttpOverviewApi>();
        services.AddScoped<IUsersApi, HttpUsersApi>();
        services.AddScoped<IApiKeysApi, HttpApiKeysApi>();
        services.AddScoped<ISourcesApi, HttpSourcesApi>();
        services.AddScoped<IProfilesApi, HttpProfilesApi>();
        services.AddScoped<Features.Privacy.IConsentApi, Features.Privacy.HttpConsentApi>();
        services.AddScoped<Features.Privacy.IPiiRulesApi, Features.Privacy.HttpPiiRulesApi>();
        services.AddScoped<Features.Privacy.Deletions.IDeletionsApi, Features.Privacy.Deletions.HttpDeletionsApi>();
        services.AddScoped<Features.Audit.IAuditApi, Features.Audit.HttpAuditApi>();
        services.AddScoped<Features.Privacy.Retention.IRetentionApi, Features.Privacy.Retention.HttpRetentionApi>();
        services.AddScoped<Features.Destinations.IDestinationsApi, Features.Destinations.HttpDestinationsApi>();
        services.AddScoped<IJobsApi, HttpJobsApi>();
        services.AddScoped<IDuplicatesApi, HttpDuplicatesApi>();
        services.AddScoped<IIdentityRulesApi, HttpIdentityRulesApi>();
        services.AddScoped<IContactsApi, HttpContactsApi>();
        services.AddScoped<IAccountsApi, HttpAccountsApi>();
        services.AddScoped<Features.Crm.Deals.IDealsApi, Features.Crm.Deals.HttpDealsApi>();
        services.AddScoped<Features.Crm.Deals.IPipelinesApi, Features.Crm.Deals.HttpPipelinesApi>();
        services.AddScoped<ITicketsApi, HttpTicketsApi>();
        services.AddScoped<Features.Crm.Import.IImportApi, Features.Crm.Import.HttpImportApi>();
        services.AddScoped<Features.Crm.Activities.IActivitiesApi, Features.Crm.Activities.HttpActivitiesApi>();
        services.AddScoped<Features.Crm.Views.ISavedViewsApi, Features.Crm.Views.HttpSavedViewsApi>();
        services.AddScoped<ISegmentsApi, HttpSegmentsApi>();
        services.AddScoped<IFunnelsApi, HttpFunnelsApi>();
        services.AddScoped<Features.Paths.IPathsApi, Features.Paths.HttpPathsApi>();
        services.AddScoped<Features.Insights.IInsightsApi, Features.Insights.HttpInsightsApi>();
        services.AddScoped<Features.Insights.IDashboardsApi, Features.Insights.HttpDashboardsApi>();
        services.AddScoped<Features.Economics.IClvApi, Features.Economics.HttpClvApi>();
        services.AddScoped<Features.Economics.IEconomicsApi, Features.Economics.HttpEconomicsApi>();
        services.AddScoped<Features.Economics.Dashboard.IEconomicsDashboardApi, Features.Economics.Dashboard.HttpEconomicsDashboardApi>();
        return services;
    }
}
