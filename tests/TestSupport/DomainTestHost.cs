using Lodestar.Domain;
using Lodestar.Domain.Accounts;
using Lodestar.Domain.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Lodestar.Testing;

/// <summary>
/// The Domain's services over a real, freshly migrated SQLite file, with the event writer running — what the portal
/// has, without HTTP.
/// </summary>
public sealed class DomainTestHost : IAsyncDisposable
{
    private readonly List<IHostedService> _started = [];

    private DomainTestHost(ServiceProvider services, TempDirectory folder)
    {
        Services = services;
        Folder = folder;
    }

    public ServiceProvider Services { get; }

    public TempDirectory Folder { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public PortalDbContext CreateDbContext() => Get<IDbContextFactory<PortalDbContext>>().CreateDbContext();

    public static async Task<DomainTestHost> StartAsync(
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var folder = new TempDirectory();
        var values = new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = $"Data Source={folder.File("portal.db")}" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddDomain(configuration, folder.Path);
        services.AddScoped<PortalDbContext>(sp => sp.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext());
        services.AddIdentityCore<PortalUser>(o => o.User.RequireUniqueEmail = true)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders();
        services.AddDataProtection();
        configure?.Invoke(services);

        var host = new DomainTestHost(services.BuildServiceProvider(), folder);
        await host.Get<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        foreach (var hosted in host.Services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
            host._started.Add(hosted);
        }

        return host;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in _started)
            await hosted.StopAsync(CancellationToken.None);
        await Services.DisposeAsync();
        Folder.Dispose();
    }
}
