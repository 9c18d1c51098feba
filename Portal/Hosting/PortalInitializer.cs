using Lodestar.Domain.Accounts;
using Lodestar.Domain.Data;
using Lodestar.Domain.Demo;
using Lodestar.Domain.Ingestion;
using Lodestar.Domain.Sources;
using Lodestar.Jobs;
using Microsoft.Extensions.Options;

namespace Lodestar.Portal.Hosting;

/// <summary>
/// Start-up before the first request: the schema is current, roles and a first admin exist, the default source has
/// its write key, and an empty embedded database gets the demo workspace (in the background, with progress).
/// </summary>
public static partial class PortalInitializer
{
    public static async Task InitializePortalAsync(this WebApplication app)
    {
        var services = app.Services;
        var stopping = app.Lifetime.ApplicationStopping;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PortalInitializer));
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(stopping);

        await using (var scope = services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountBootstrapper>();
            await accounts.EnsureRolesAsync();
            if (await accounts.EnsureAdminAsync() is { } admin)
                PrintAdmin(logger, admin);
        }

        var ingestion = services.GetRequiredService<IOptions<IngestionOptions>>().Value;
        await services.GetRequiredService<SourceService>().EnsureDefaultAsync(ingestion.DefaultWriteKey, stopping);

        JobSchedule.Register(services.GetRequiredService<Hangfire.IRecurringJobManager>(), app.Configuration);

        var provider = services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;
        if (await services.GetRequiredService<DemoSeedService>().IsWantedAsync(provider == DatabaseProvider.Sqlite, stopping))
        {
            var jobId = await services.GetRequiredService<JobLauncher>().RunAsync(JobNames.DemoSeed, stopping);
            LogDemoSeeding(logger, jobId);
        }
    }

    private static void PrintAdmin(ILogger logger, CreatedUser admin)
    {
        // Printed to the console once, when the admin is created; the password is not stored anywhere in clear.
        Console.WriteLine();
        Console.WriteLine("  ┌─────────────────────────────────────────────────────────────");
        Console.WriteLine("  │ Lodestar created the first admin. Sign in with:");
        Console.WriteLine($"  │   email:    {admin.User.Email}");
        Console.WriteLine($"  │   password: {admin.Password}");
        Console.WriteLine("  │ This is shown only once. Change it under your name → Change password.");
        Console.WriteLine("  └─────────────────────────────────────────────────────────────");
        Console.WriteLine();
        LogAdminCreated(logger, admin.User.Email);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the first admin {Email}; its password was printed to the console.")]
    private static partial void LogAdminCreated(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "The database is empty: generating the demo workspace in the background (job {JobId}).")]
    private static partial void LogDemoSeeding(ILogger logger, string? jobId);
}
