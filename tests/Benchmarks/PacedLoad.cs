using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Lodestar.Benchmarks;

/// <summary>
/// Open-loop load: request k is sent at start + k / rate whether or not earlier ones have been answered, so a slow
/// answer shows in the latencies instead of slowing the load down (no coordinated omission). Bodies are taken in order.
/// </summary>
public sealed class PacedLoad : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly byte[][] _bodies;
    private int _next;

    public PacedLoad(Uri baseAddress, string writeKey, byte[][] bodies)
    {
        _bodies = bodies;
        var handler = new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = 64, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        _http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        _http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(writeKey + ":")));
    }

    /// <summary>One answered request: which body, when it was sent and answered (Stopwatch timestamps), its latency.</summary>
    public sealed record Answer(int Body, long SentAt, long AnsweredAt, bool Ok)
    {
        public double Milliseconds => Stopwatch.GetElapsedTime(SentAt, AnsweredAt).TotalMilliseconds;
    }

    public async Task<IReadOnlyList<Answer>> RunAsync(double requestsPerSecond, TimeSpan duration)
    {
        var answers = new ConcurrentBag<Answer>();
        var sends = new List<Task>();
        var start = Stopwatch.GetTimestamp();
        var count = (int)(duration.TotalSeconds * requestsPerSecond);
        for (var k = 0; k < count && _next < _bodies.Length; k++)
        {
            var due = start + (long)(k / requestsPerSecond * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1))
                await Task.Delay(wait);
            sends.Add(SendAsync(_next++, answers));
        }

        await Task.WhenAll(sends);
        return [.. answers];
    }

    private async Task SendAsync(int body, ConcurrentBag<Answer> answers)
    {
        using var content = new ByteArrayContent(_bodies[body]);
        content.Headers.ContentType = Json;
        var sent = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.PostAsync("/v1/batch", content);
            await response.Content.ReadAsStringAsync();
            var answered = Stopwatch.GetTimestamp();
            answers.Add(new Answer(body, sent, answered, response.StatusCode == HttpStatusCode.OK));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            answers.Add(new Answer(body, sent, Stopwatch.GetTimestamp(), false));
        }
    }

    public void Dispose() => _http.Dispose();
}
