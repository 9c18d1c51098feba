using Lodestar.Domain.Accounts;
using Lodestar.Domain.Crm;
using Lodestar.Domain.Data;
using Lodestar.Domain.Demo;
using Lodestar.Domain.Destinations;
using Lodestar.Domain.Economics;
using Lodestar.Domain.Events;
using Lodestar.Domain.Funnels;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Ingestion;
using Lodestar.Domain.Insights;
using Lodestar.Domain.Operations;
using Lodestar.Domain.Paths;
using Lodestar.Domain.Privacy;
using Lodestar.Domain.Privacy.Deletion;
using Lodestar.Domain.Privacy.Retention;
using Lodestar.Domain.Segments;
using Lodestar.Domain.Settings;
using Lodestar.Domain.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Lodestar.Domain;

public static class DomainServiceCollectionExtensions
{
    /// <summary>The database, ingestion and the services that hold the business logic.</summary>
    /// <param name="dataFolder">Where the embedded SQLite database lives when no connection string is configured.</param>
    public static IServiceCollection AddDomain(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        var database = ReadDatabaseOptions(configuration, dataFolder);
        services.AddSingleton(Options.Create(database));
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddPooledDbContextFactory<SqlitePortalDbContext>(o => o.UseSqlite(database.ConnectionString));
                services.AddSingleton<IDbContextFactory<PortalDbContext>, PortalDbContextFactory<SqlitePortalDbContext>>();
                break;
            case DatabaseProvider.SqlServer:
                services.AddPooledDbContextFactory<SqlServerPortalDbContext>(o =>
                    o.UseSqlServer(database.ConnectionString, sql => sql.EnableRetryOnFailure()));
                services.AddSingleton<IDbContextFactory<PortalDbContext>, PortalDbContextFactory<SqlServerPortalDbContext>>();
                break;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.Configure<AccountOptions>(configuration.GetSection("Auth"));
        services.Configure<DemoOptions>(configuration.GetSection("Demo"));
        services.Configure<IngestionOptions>(configuration.GetSection("Ingestion"));
        services.Configure<EventWriterOptions>(configuration.GetSection("Ingestion:Writer"));
        services.Configure<IdentityOptions>(configuration.GetSection("Identity"));

        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<AppSettingsStore>();
        services.AddSingleton<JobRunService>();
        services.AddSingleton<SourceDirectory>();
        services.AddSingleton<SourceService>();
        services.AddSingleton<ApiKeyService>();
        services.AddSingleton<EventQueryService>();
        services.AddSingleton<EventOverviewService>();
        services.AddSingleton<DemoSeedService>();
        services.AddSingleton<DemoCrmSeeder>();
        services.AddSingleton<DemoTicketSeeder>();
        services.AddSingleton<DemoActivitySeeder>();
        services.AddIdentityResolution();
        services.AddCrm(configuration);
        services.AddSegments();
        services.AddPrivacy();
        services.AddPrivacyDeletion(configuration);
        services.AddSingleton<Audit.AuditService>();
        services.AddDestinations(configuration, dataFolder);
        services.AddRetention(configuration);
        services.AddFunnels();
        services.AddPaths();
        services.AddInsights();
        services.AddEconomics();
        services.AddScoped<UserAdminService>();
        services.AddScoped<AccountBootstrapper>();

        services.AddSingleton<IEventSinkFactory, EventSinkFactory>();
        services.AddSingleton<EventBatchWriter>();
        services.AddSingleton<IEventWriter>(sp => sp.GetRequiredService<EventBatchWriter>());
        services.AddHostedService(sp => sp.GetRequiredService<EventBatchWriter>());
        services.AddSingleton<IngestionService>();
        return services;
    }

    private static DatabaseOptions ReadDatabaseOptions(IConfiguration configuration, string dataFolder)
    {
        var providerText = configuration["Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
            throw new InvalidOperationException($"Database:Provider is '{providerText}'; use 'Sqlite' or 'SqlServer'.");
        var connectionString = configuration.GetConnectionString("Portal");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.SqlServer)
                throw new InvalidOperationException(
                    "Database:Provider is SqlServer but ConnectionStrings:Portal is empty. Set ConnectionStrings__Portal to the SQL Server connection string.");
            connectionString = $"Data Source={Path.Combine(dataFolder, "lodestar.db")}";
        }

        return new DatabaseOptions { Provider = provider, ConnectionString = connectionString };
    }
}
