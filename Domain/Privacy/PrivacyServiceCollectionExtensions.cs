using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Domain.Privacy;

internal static class PrivacyServiceCollectionExtensions
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddSingleton<ConsentCategoryService>();
        services.AddSingleton<ConsentService>();
        services.AddSingleton<Pii.PiiRuleService>();
        services.AddSingleton<Access.SubjectAccessService>();
        return services;
    }
}
