using Lodestar.Domain.Data;
using Lodestar.Domain.Destinations.AdPlatform;
using Lodestar.Domain.Destinations.CsvFile;
using Lodestar.Domain.Destinations.Files;
using Lodestar.Domain.Destinations.Mailchimp;
using Lodestar.Domain.Destinations.EventStream;
using Lodestar.Domain.Destinations.Sending;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lodestar.Domain.Destinations;

internal static class DestinationServiceCollectionExtensions
{
    /// <param name="dataFolder">The app's data folder: file destinations write under its <c>destinations</c> folder by default.</param>
    public static IServiceCollection AddDestinations(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        services.Configure<DestinationOptions>(configuration.GetSection("Destinations"));
        services.PostConfigure<DestinationOptions>(o => o.FileRoot = Path.GetFullPath(
            string.IsNullOrWhiteSpace(o.FileRoot) ? Path.Combine(dataFolder, "destinations") : o.FileRoot, Path.GetFullPath(dataFolder)));
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
        services.AddSingleton<DestinationFolderResolver>();
        services.AddSingleton<AdPlatformApi>();
        services.AddAudienceSender<Webhooks.AudienceWebhookSender>();
        services.AddAudienceSender<MailchimpSender>();
        services.AddAudienceSender<AdPlatformSender>();
        services.AddAudienceSender<CsvFileSender>();
        services.Configure<EventStreamOptions>(configuration.GetSection("Destinations:EventStream"));
        services.AddSingleton<EventStreamSignal>();
        services.AddSingleton<EventWebhookType>();
        services.AddSingleton<IDestinationType>(sp => sp.GetRequiredService<EventWebhookType>());
        services.AddSingleton<EventStreamService>();
        services.AddSingleton<EventStreamReplayService>();
        services.AddHostedService<EventStreamForwarder>();
        services.AddSingleton<IPersonDeletionSender>(sp => sp.GetRequiredService<Webhooks.AudienceWebhookSender>());
        services.AddSingleton<IPersonDeletionSender>(sp => sp.GetRequiredService<MailchimpSender>());
        return services;
    }

    /// <summary>One sender instance, found both as a destination type and as an audience sender.</summary>
    private static void AddAudienceSender<TSender>(this IServiceCollection services) where TSender : class, IAudienceSender
    {
        services.AddSingleton<TSender>();
        services.AddSingleton<IDestinationType>(sp => sp.GetRequiredService<TSender>());
        services.AddSingleton<IAudienceSender>(sp => sp.GetRequiredService<TSender>());
    }
}
