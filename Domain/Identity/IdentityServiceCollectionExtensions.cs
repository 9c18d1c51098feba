using Lodestar.Domain.Identity.Duplicates;
using Lodestar.Domain.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Domain.Identity;

internal static class IdentityServiceCollectionExtensions
{
    public static IServiceCollection AddIdentityResolution(this IServiceCollection services)
    {
        services.AddSingleton<IdentityRulesService>();
        services.AddSingleton<IdentityEventReader>();
        services.AddSingleton<IdentityStore>();
        services.AddSingleton<IdentityChangeWriter>();
        services.AddSingleton<IdentityResolutionService>();
        services.AddSingleton<IdentityDecisionService>();
        services.AddSingleton<RulesDryRunService>();
        services.AddSingleton<DuplicateSuggestionService>();
        services.AddSingleton<DuplicateReviewService>();
        services.AddSingleton<ProfileMatcher>();
        services.AddSingleton<ProfileQueryService>();
        return services;
    }
}
