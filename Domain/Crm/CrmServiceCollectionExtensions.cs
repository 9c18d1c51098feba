using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Domain.Crm;

internal static class CrmServiceCollectionExtensions
{
    public static IServiceCollection AddCrm(this IServiceCollection services)
    {
        services.AddSingleton<CrmSource>();
        services.AddSingleton<ContactService>();
        services.AddSingleton<ContactQueryService>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<AccountQueryService>();
        services.AddSingleton<CrmOwnerService>();
        services.AddSingleton<Deals.PipelineService>();
        services.AddSingleton<Deals.DealService>();
        services.AddSingleton<Deals.DealQueryService>();
        return services;
    }
}
