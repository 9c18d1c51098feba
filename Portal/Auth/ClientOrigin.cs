using System.Net;

namespace Lodestar.Portal.Auth;

/// <summary>
/// Where the acting person connects from (address and browser), wherever the server code runs: an HTTP request has it;
/// in an interactive circuit the framework does not promise one (today it is the circuit's connection), so the
/// connection's values are also remembered when it comes up.
/// </summary>
internal sealed class ClientOrigin(IHttpContextAccessor http)
{
    private (string? Ip, string? UserAgent)? _circuit;

    public (string? Ip, string? UserAgent) Get() => http.HttpContext is { } context ? Of(context) : _circuit ?? (null, null);

    /// <summary>Called by <see cref="ClientOriginCircuitHandler"/> while the circuit's connection is being set up.</summary>
    public void RememberForCircuit()
    {
        if (http.HttpContext is { } context)
            _circuit = Of(context);
    }

    public static string? Address(IPAddress? address) =>
        address is null ? null : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();

    private static (string? Ip, string? UserAgent) Of(HttpContext context) =>
        (Address(context.Connection.RemoteIpAddress), context.Request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent : null);
}
