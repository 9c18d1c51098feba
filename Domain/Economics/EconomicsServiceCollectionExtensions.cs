using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Domain.Economics;

internal static class EconomicsServiceCollectionExtensions
{
    public static IServiceCollection AddEconomics(this IServiceCollection services)
    {
        services.AddSingleton<ClvFitService>();
        services.AddSingleton<ClvModelReader>();
        services.AddSingleton<Settings.EconomicsSettingsService>();
        services.AddSingleton<Spend.MarketingSpendService>();
        services.AddSingleton<Import.RevenueImportService>();
        services.AddSingleton<EconomicsInputReader>();
        services.AddSingleton<EconomicsResultWriter>();
        services.AddSingleton<EconomicsService>();
        services.AddSingleton<Reports.EconomicsReportService>();
        services.AddSingleton<Reports.EconomicsDashboardService>();
        return services;
    }
}
