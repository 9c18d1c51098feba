using Lodestar.Domain.Destinations.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Domain.Destinations;

internal static class DestinationServiceCollectionExtensions
{
    public static IServiceCollection AddDestinations(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DestinationOptions>(configuration.GetSection("Destinations"));
        services.AddDestinationHttp();
        services.AddSingleton<DestinationRateLimiter>();
        return services;
    }
}
