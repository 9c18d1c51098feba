using Hangfire;
using Hangfire.Dashboard;
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
        services.AddHangfire(hangfire =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (useSqlServer)
                hangfire.UseSqlServerStorage(configuration.GetConnectionString("Portal"), new SqlServerStorageOptions
                {
                    PrepareSchemaIfNecessary = true,
                    QueuePollInterval = TimeSpan.FromSeconds(5),
                });
            else
                hangfire.UseInMemoryStorage();
        });
        services.AddHangfireServer(options =>
        {
            options.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            options.WorkerCount = Math.Max(2, Environment.ProcessorCount);
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
