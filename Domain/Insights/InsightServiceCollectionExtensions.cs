using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Domain.Insights;

public static class InsightServiceCollectionExtensions
{
    public static IServiceCollection AddInsights(this IServiceCollection services)
    {
        services.AddSingleton<InsightService>();
        services.AddSingleton<DashboardService>();
        return services;
    }
}
