using Lodestar.Jobs.Demo;
using Lodestar.Jobs.Identity;
using Lodestar.Jobs.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>The job classes and the catalog of jobs runnable by name. Hangfire storage is chosen by the host.</summary>
    public static IServiceCollection AddJobs(this IServiceCollection services)
    {
        services.AddSingleton<JobCatalog>();
        services.AddSingleton<JobRunRecorder>();
        services.AddSingleton<JobStatusReader>();
        services.AddSingleton<JobLauncher>();
        services.AddTransient<DemoSeedJob>();
        services.AddTransient<IdentityResolutionJob>();
        services.AddTransient<IdentityRebuildJob>();
        services.AddTransient<DuplicateSuggestionsJob>();
        services.AddTransient<Segments.SegmentRefreshJob>();
        services.AddTransient<Destinations.DestinationSyncJob>();
        services.AddTransient<Economics.EconomicsJob>();
        services.AddTransient<Privacy.PrivacyDeletionJob>();
        services.AddTransient<Privacy.RetentionJob>();
        return services;
    }
}
