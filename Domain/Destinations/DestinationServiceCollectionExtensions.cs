using Lodestar.Domain.Data;
using Lodestar.Domain.Destinations.Sending;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lodestar.Domain.Destinations;

internal static class DestinationServiceCollectionExtensions
{
    public static IServiceCollection AddDestinations(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DestinationOptions>(configuration.GetSection("Destinations"));
        // Destination secrets (and the sign-in cookies) are protected with keys kept in the application database, so
        // every portal node and job server shares them and they survive a redeploy.
        services.TryAddScoped<PortalDbContext>(sp => sp.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext());
        services.AddDataProtection().SetApplicationName("Lodestar").PersistKeysToDbContext<PortalDbContext>();
        services.AddDestinationHttp();
        services.AddSingleton<DestinationRateLimiter>();
        services.AddSingleton<DestinationSecrets>();
        services.AddSingleton<DestinationTargets>();
        services.AddSingleton<DestinationTypes>();
        services.AddSingleton<DestinationService>();
        services.AddSingleton<DestinationConnectionService>();
        services.AddSingleton<DestinationRunService>();
        services.AddSingleton<Sync.DestinationSyncService>();
        services.AddSingleton<Sync.SyncPreviewService>();
        services.AddSingleton<Webhooks.AudienceWebhookSender>();
        services.AddSingleton<IDestinationType>(sp => sp.GetRequiredService<Webhooks.AudienceWebhookSender>());
        services.AddSingleton<IAudienceSender>(sp => sp.GetRequiredService<Webhooks.AudienceWebhookSender>());
        return services;
    }
}
