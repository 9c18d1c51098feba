using System.Diagnostics;
using Lodestar.Domain.Events;
using Lodestar.Domain.Ingestion;

namespace Lodestar.Benchmarks;

/// <summary>
/// Live ingestion beside another workload: the portal's SQLite sink on its own connection commits 100 messages of
/// ~1 KB, stamped on arrival, every few milliseconds, and keeps how long each commit took (waiting for the lock included).
/// </summary>
internal sealed class IngestionLatencyProbe(string file, int sourceId) : IAsyncDisposable
{
    private const int PerCommit = 100;
    private readonly MessagePool _pool = MessagePool.Create(5_000, 1_050, RunTag.New(), live: true);
    private readonly CancellationTokenSource _stop = new();
    private Task<List<double>>? _running;
    private long _nextId;

    public void Start() => _running = Task.Run(LoopAsync);

    /// <returns>Milliseconds of each commit while it ran.</returns>
    public async Task<LatencyStats> StopAsync()
    {
        await _stop.CancelAsync();
        return new LatencyStats(await _running!);
    }

    private async Task<List<double>> LoopAsync()
    {
        var latencies = new List<double>();
        var normalizer = new MessageNormalizer();
        await using var sink = await SqliteEventSink.OpenAsync(BenchDatabase.ConnectionString(file), CancellationToken.None);
        while (!_stop.IsCancellationRequested)
        {
            var events = Next(normalizer);
            var watch = Stopwatch.StartNew();
            await sink.InsertAsync(events, CancellationToken.None);
            latencies.Add(watch.Elapsed.TotalMilliseconds);
            try
            {
                await Task.Delay(5, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return latencies;
    }

    private TrackedEvent[] Next(MessageNormalizer normalizer)
    {
        var body = _pool.BuildBody(_nextId, PerCommit);
        _nextId += PerCommit;
        using var payload = TrackingPayload.Parse(body, TrackingRoute.Batch);
        if (!normalizer.TryNormalizeAll(payload, null, new IngestionStamp(DateTime.UtcNow, "127.0.0.1", sourceId), out var events, out var refusal))
            throw new InvalidOperationException(refusal.Message);
        return events;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested && _running is not null)
            await StopAsync();
        _stop.Dispose();
    }
}
