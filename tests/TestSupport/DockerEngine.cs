using System.Net.Sockets;

namespace Lodestar.Testing;

/// <summary>
/// Whether a Docker engine answers here. SQL Server tests use it with xunit's SkipUnless, so that without Docker
/// they are reported as skipped (with the reason) rather than passed.
/// </summary>
public static class DockerEngine
{
    private static readonly Lazy<bool> Available = new(Probe);

    public static bool IsAvailable => Available.Value;

    private static bool Probe()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (host is { Length: > 0 } && !host.StartsWith("unix://", StringComparison.Ordinal))
            return true;
        var socket = host is { Length: > 0 } ? host["unix://".Length..] : "/var/run/docker.sock";
        if (!File.Exists(socket))
            return false;
        try
        {
            using var client = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            client.Connect(new UnixDomainSocketEndPoint(socket));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
