using Lodestar.Portal.Client.Features.Events;
using Lodestar.Portal.Client.Features.Overview;
using Lodestar.Portal.Client.Features.Settings;
using Lodestar.Portal.Features.Events;
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
        return services;
    }
}
