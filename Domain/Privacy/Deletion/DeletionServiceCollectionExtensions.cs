using Lodestar.Domain.Privacy.Subjects;
using Lodestar.Domain.Privacy.Suppression;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Domain.Privacy.Deletion;

internal static class DeletionServiceCollectionExtensions
{
    /// <summary>Locating a data subject, erasure requests and their processing, and the suppression list ingestion checks.</summary>
    public static IServiceCollection AddPrivacyDeletion(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DeletionOptions>(configuration.GetSection("Privacy:Deletion"));
        services.AddSingleton<SubjectFootprintService>();
        services.AddSingleton<SuppressionService>();
        services.AddSingleton<SuppressedMessageCounter>();
        services.AddSingleton<DeletionRequestService>();
        services.AddSingleton<DestinationDeletionService>();
        services.AddSingleton<FootprintEraser>();
        services.AddSingleton<DeletionService>();
        return services;
    }
}
