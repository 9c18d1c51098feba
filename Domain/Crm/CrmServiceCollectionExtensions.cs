using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Lodestar.Domain.Crm;

internal static class CrmServiceCollectionExtensions
{
    public static IServiceCollection AddCrm(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TicketSlaOptions>().Bind(configuration.GetSection("Crm:TicketSla"))
            .Validate(o => o.IsValid(), "Crm:TicketSla: every target (UrgentHours, HighHours, NormalHours, LowHours) must be more than 0 hours.")
            .ValidateOnStart();
        services.AddSingleton(sp => new TicketSlaCalculator(sp.GetRequiredService<IOptions<TicketSlaOptions>>().Value));
        services.AddSingleton<CrmSource>();
        services.AddSingleton<ContactService>();
        services.AddSingleton<ContactQueryService>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<AccountQueryService>();
        services.AddSingleton<CrmOwnerService>();
        services.AddSingleton<Import.CrmImportService>();
        services.AddSingleton<Deals.PipelineService>();
        services.AddSingleton<Deals.DealService>();
        services.AddSingleton<Deals.DealQueryService>();
        services.AddSingleton<TicketService>();
        services.AddSingleton<TicketQueryService>();
        services.AddSingleton<Activities.ActivityService>();
        services.AddSingleton<Activities.ActivityQueryService>();
        services.AddSingleton<Activities.ContactTimelineService>();
        services.AddSingleton<Views.SavedViewService>();
        return services;
    }
}
