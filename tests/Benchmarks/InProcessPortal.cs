using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Lodestar.Domain.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Benchmarks;

/// <summary>The portal inside this process on a real Kestrel (WebApplicationFactory + UseKestrel), Production mode.</summary>
public sealed class InProcessPortal : IPortalHost
{
    private readonly Factory _factory;

    private InProcessPortal(Factory factory, Uri baseAddress)
    {
        _factory = factory;
        BaseAddress = baseAddress;
    }

    public string Description { get; private init; } = "in this process (WebApplicationFactory + Kestrel)";

    public Uri BaseAddress { get; }

    public TimeSpan? ServerCpuTime => null;

    public bool RunsInThisProcess => true;

    public int ProcessId => Environment.ProcessId;

    /// <summary>The portal's services (to set up what a benchmark needs in its database).</summary>
    public IServiceProvider Services => _factory.Services;

    public static InProcessPortal Start(PortalSettings settings)
    {
        var factory = new Factory(settings);
        factory.UseKestrel(settings.Port);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        var address = addresses!.Addresses.First().Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        return new InProcessPortal(factory, new Uri(address)) { Description = "in this process (WebApplicationFactory + Kestrel)" };
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    private sealed class Factory(PortalSettings settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseContentRoot(Path.Combine(RepoPaths.Root, "Portal"));
            builder.UseSetting("urls", settings.BaseAddress.ToString());
            foreach (var (key, value) in settings.Values)
                builder.UseSetting(key, value);
        }
    }
}
