using System.Net;
using System.Net.Sockets;

namespace Lodestar.Benchmarks;

/// <summary>The configuration a benchmarked portal runs with: its own database, port and write key; quiet logs.</summary>
public sealed class PortalSettings
{
    public const string WriteKey = "benchWriteKey0000000000000000001";
    public const string AdminPassword = "Bench-Passw0rd!";
    public const string ApiKey = "bench-api-key-00000000000000000001";

    public PortalSettings(string databaseFile, bool seedDemo, int? people = null)
    {
        DatabaseFile = databaseFile;
        Port = FreePort();
        Values = new Dictionary<string, string>
        {
            ["ConnectionStrings:Portal"] = $"Data Source={databaseFile}",
            ["Demo:Seed"] = seedDemo ? "true" : "false",
            ["Ingestion:DefaultWriteKey"] = WriteKey,
            ["Auth:BootstrapAdmin:Password"] = AdminPassword,
            ["Auth:BootstrapApiKey"] = ApiKey,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (people is { } count)
            Values["Demo:People"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public string DatabaseFile { get; }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    /// <summary>Configuration keys (colon form).</summary>
    public Dictionary<string, string> Values { get; }

    /// <summary>The same settings as environment variables (<c>__</c> for <c>:</c>).</summary>
    public IEnumerable<KeyValuePair<string, string>> EnvironmentVariables() =>
        Values.Select(kv => KeyValuePair.Create(kv.Key.Replace(":", "__", StringComparison.Ordinal), kv.Value));

    /// <summary>A port nobody listens on now (never 5080, where a developer's portal may run).</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
