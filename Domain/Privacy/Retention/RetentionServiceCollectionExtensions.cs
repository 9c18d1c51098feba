using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Domain.Privacy.Retention;

internal static class RetentionServiceCollectionExtensions
{
    public static IServiceCollection AddRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection("Privacy:Retention"))
            .Validate(o => o.IsValid(), "Privacy:Retention: BatchSize and BatchMilliseconds must be more than 0, PauseMilliseconds at least 0.")
            .ValidateOnStart();
        // The data classes, in the order the job purges them and the page lists them. Events go before their raw
        // messages, so the raw purge does not empty messages about to be deleted. A new class is one line here.
        services.AddSingleton<IRetentionPurger, EventRetentionPurger>();
        services.AddSingleton<IRetentionPurger, RawMessageRetentionPurger>();
        services.AddSingleton<IRetentionPurger, CrmActivityRetentionPurger>();
        services.AddSingleton<IRetentionPurger, DestinationLedgerRetentionPurger>();
        services.AddSingleton<IRetentionPurger, SuppressedCounterRetentionPurger>();
        services.AddSingleton<RetentionSettingsService>();
        services.AddSingleton<RetentionReportService>();
        services.AddSingleton<RetentionService>();
        return services;
    }
}
