using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Domain.Economics;

internal static class EconomicsServiceCollectionExtensions
{
    public static IServiceCollection AddEconomics(this IServiceCollection services)
    {
        services.AddSingleton<ClvFitService>();
        return services;
    }
}
