using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Lodestar.Benchmarks;

/// <summary>
/// N clients, each with its own connection, posting prepared /v1/batch bodies back to back until the phase ends.
/// Bodies are taken in order from one shared array, so no message id is sent twice.
/// </summary>
public sealed class LoadRunner : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly byte[][] _bodies;
    private readonly int _messagesPerBody;
    private int _next = -1;
    private Counters _counters = new();

    public LoadRunner(Uri baseAddress, string writeKey, byte[][] bodies, int messagesPerBody, int clients)
    {
        _bodies = bodies;
        _messagesPerBody = messagesPerBody;
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            MaxConnectionsPerServer = clients,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
        };
        _http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        _http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(writeKey + ":")));
    }

    public int BodiesSent => Math.Min(_next + 1, _bodies.Length);

    /// <summary>Messages acknowledged so far in the current phase (for progress lines).</summary>
    public long AcknowledgedSoFar => Interlocked.Read(ref _counters.Ok) * _messagesPerBody;

    public async Task<LoadPhaseResult> RunAsync(int clients, TimeSpan duration)
    {
        var latencies = new ConcurrentBag<List<double>>();
        var counters = _counters = new Counters();
        var start = Stopwatch.GetTimestamp();
        var deadline = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var tasks = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            var mine = new List<double>(4096);
            latencies.Add(mine);
            await ClientAsync(deadline, mine, counters);
        }));
        await Task.WhenAll(tasks);
        var elapsed = Stopwatch.GetElapsedTime(start);
        return new LoadPhaseResult(elapsed, counters.Requests, counters.Ok, counters.Ok * _messagesPerBody, counters.NonOk,
            counters.Failures, counters.RanOut, new LatencyStats(latencies.SelectMany(l => l)), counters.FirstProblem);
    }

    private async Task ClientAsync(long deadline, List<double> latencies, Counters counters)
    {
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var index = Interlocked.Increment(ref _next);
            if (index >= _bodies.Length)
            {
                counters.RanOut = true;
                return;
            }

            using var content = new ByteArrayContent(_bodies[index]);
            content.Headers.ContentType = Json;
            var sent = Stopwatch.GetTimestamp();
            try
            {
                using var response = await _http.PostAsync("/v1/batch", content);
                var answer = await response.Content.ReadAsStringAsync();
                latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                Interlocked.Increment(ref counters.Requests);
                if (response.StatusCode == HttpStatusCode.OK)
                    Interlocked.Increment(ref counters.Ok);
                else
                {
                    Interlocked.Increment(ref counters.NonOk);
                    counters.FirstProblem ??= $"{(int)response.StatusCode}: {answer}";
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                Interlocked.Increment(ref counters.Requests);
                Interlocked.Increment(ref counters.Failures);
                counters.FirstProblem ??= ex.Message;
            }
        }
    }

    public void Dispose() => _http.Dispose();

    private sealed class Counters
    {
        public long Requests;
        public long Ok;
        public long NonOk;
        public long Failures;
        public volatile bool RanOut;
        public string? FirstProblem;
    }
}
