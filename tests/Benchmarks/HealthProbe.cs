using System.Diagnostics;
using System.Net;

namespace Lodestar.Benchmarks;

/// <summary>Polls <c>GET /health</c> until it answers 200.</summary>
public static class HealthProbe
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = TimeSpan.Zero })
    {
        Timeout = TimeSpan.FromSeconds(2),
    };

    /// <returns>When the first 200 arrived (Stopwatch timestamp).</returns>
    public static async Task<long> WaitForOkAsync(PortalProcess portal, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        var health = new Uri(portal.BaseAddress, "/health");
        while (true)
        {
            try
            {
                using var response = await Http.GetAsync(health);
                if (response.StatusCode == HttpStatusCode.OK)
                    return Stopwatch.GetTimestamp();
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but busy starting.
            }

            if (portal.HasExited)
                throw new InvalidOperationException($"The portal exited during start. Its log ({portal.LogFile}):{Environment.NewLine}{portal.LogTail()}");
            if (Stopwatch.GetTimestamp() > deadline)
                throw new TimeoutException($"/health did not answer 200 within {timeout.TotalSeconds:N0} s. Log: {portal.LogFile}");
            await Task.Delay(10);
        }
    }
}
