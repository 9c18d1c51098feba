using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Domain.Funnels;

public static class FunnelServiceCollectionExtensions
{
    public static IServiceCollection AddFunnels(this IServiceCollection services)
    {
        services.AddSingleton<FunnelService>();
        return services;
    }
}
