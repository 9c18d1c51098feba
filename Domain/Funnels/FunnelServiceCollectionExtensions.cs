using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Domain.Funnels;

public static class FunnelServiceCollectionExtensions
{
    public static IServiceCollection AddFunnels(this IServiceCollection services)
    {
        services.AddSingleton<FunnelService>();
        services.AddSingleton(_ => new Engine.FunnelEventCache());
        return services;
    }
}
