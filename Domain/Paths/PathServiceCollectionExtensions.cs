using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Domain.Paths;

public static class PathServiceCollectionExtensions
{
    public static IServiceCollection AddPaths(this IServiceCollection services)
    {
        services.AddSingleton<PathService>();
        return services;
    }
}
