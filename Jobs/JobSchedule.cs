using Hangfire;
using Lodestar.Jobs.Identity;
using Microsoft.Extensions.Configuration;

namespace Lodestar.Jobs;

/// <summary>The recurring jobs. Each schedule is a cron expression in configuration (<c>Jobs:Schedules:&lt;name&gt;</c>); "off" disables it.</summary>
public static class JobSchedule
{
    public static void Register(IRecurringJobManager recurring, IConfiguration configuration)
    {
        AddOrRemove(recurring, configuration, JobNames.IdentityResolution, Cron.Minutely(),
            () => recurring.AddOrUpdate<IdentityResolutionJob>(JobNames.IdentityResolution,
                job => job.RunAsync(null, CancellationToken.None), Schedule(configuration, JobNames.IdentityResolution, Cron.Minutely())));
        // Every 5 minutes it looks for segments whose own interval (15 minutes at the least) has passed.
        AddOrRemove(recurring, configuration, JobNames.SegmentRefresh, "*/5 * * * *",
            () => recurring.AddOrUpdate<Segments.SegmentRefreshJob>(JobNames.SegmentRefresh,
                job => job.RunDueAsync(null, CancellationToken.None), Schedule(configuration, JobNames.SegmentRefresh, "*/5 * * * *")));
        AddOrRemove(recurring, configuration, JobNames.DuplicateSuggestions, Cron.Daily(3),
            () => recurring.AddOrUpdate<DuplicateSuggestionsJob>(JobNames.DuplicateSuggestions,
                job => job.RunAsync(null, CancellationToken.None), Schedule(configuration, JobNames.DuplicateSuggestions, Cron.Daily(3))));
        // Every 5 minutes it looks for connections whose own schedule (15 minutes at the least) has come.
        AddOrRemove(recurring, configuration, JobNames.DestinationSync, "*/5 * * * *",
            () => recurring.AddOrUpdate<Destinations.DestinationSyncJob>(JobNames.DestinationSync,
                job => job.RunDueAsync(null, CancellationToken.None), Schedule(configuration, JobNames.DestinationSync, "*/5 * * * *")));
        // Requests run when filed; this picks up any whose job was lost (the embedded job store is in memory).
        AddOrRemove(recurring, configuration, JobNames.PrivacyDeletion, "*/5 * * * *",
            () => recurring.AddOrUpdate<Privacy.PrivacyDeletionJob>(JobNames.PrivacyDeletion,
                job => job.RunPendingAsync(null, CancellationToken.None), Schedule(configuration, JobNames.PrivacyDeletion, "*/5 * * * *")));
        AddOrRemove(recurring, configuration, JobNames.Economics, Cron.Daily(2),
            () => recurring.AddOrUpdate<Economics.EconomicsJob>(JobNames.Economics,
                job => job.RunAsync(null, CancellationToken.None), Schedule(configuration, JobNames.Economics, Cron.Daily(2))));
        AddOrRemove(recurring, configuration, JobNames.Retention, Cron.Daily(4),
            () => recurring.AddOrUpdate<Privacy.RetentionJob>(JobNames.Retention,
                job => job.RunAsync(null, CancellationToken.None), Schedule(configuration, JobNames.Retention, Cron.Daily(4))));
    }

    private static void AddOrRemove(IRecurringJobManager recurring, IConfiguration configuration, string name, string fallback, Action add)
    {
        if (string.Equals(Schedule(configuration, name, fallback), "off", StringComparison.OrdinalIgnoreCase))
            recurring.RemoveIfExists(name);
        else
            add();
    }

    private static string Schedule(IConfiguration configuration, string name, string fallback) =>
        configuration[$"Jobs:Schedules:{name}"] is { Length: > 0 } cron ? cron : fallback;
}
