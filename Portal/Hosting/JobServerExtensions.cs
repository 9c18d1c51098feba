using Hangfire;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.SqlServer;
using Lodestar.Domain.Data;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Hosting;

public static class JobServerExtensions
{
    /// <summary>Hangfire on SQL Server storage in production, in memory on the embedded default.</summary>
    public static IServiceCollection AddPortalJobServer(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration["Database:Provider"];
        var useSqlServer = string.Equals(provider, nameof(DatabaseProvider.SqlServer), StringComparison.OrdinalIgnoreCase);
        // Each host owns its storage instance (registered before Hangfire's own JobStorage.Current fallback), so two
        // hosts in one process (tests, tools) never share or dispose each other's storage.
        services.AddSingleton<JobStorage>(_ => useSqlServer
            ? new SqlServerStorage(configuration.GetConnectionString("Portal"), new SqlServerStorageOptions
            {
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = TimeSpan.FromSeconds(5),
            })
            // Guid ids: run records in the application database outlive the process, and counting ids would start
            // again at 1 after a restart and take over an old job's record.
            : new InMemoryStorage(new InMemoryStorageOptions { IdType = InMemoryStorageIdType.Guid }));
        services.AddHangfire((provider, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(provider.GetRequiredService<JobStorage>()));
        services.AddHangfireServer(options =>
        {
            options.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            options.WorkerCount = Math.Max(2, Environment.ProcessorCount);
            // Jobs are safe to run again, so stopping does not wait long for one to finish.
            options.ShutdownTimeout = TimeSpan.FromSeconds(10);
        });
        return services;
    }

    /// <summary>The Hangfire dashboard at <c>/jobs</c>, for admins only.</summary>
    public static WebApplication MapPortalJobDashboard(this WebApplication app)
    {
        app.UseHangfireDashboard("/jobs", new DashboardOptions
        {
            DashboardTitle = "Lodestar jobs",
            AppPath = "/",
            Authorization = [new AdminDashboardAuthorization()],
        });
        return app;
    }

    private sealed class AdminDashboardAuthorization : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(PortalRoles.Admin);
    }
}
