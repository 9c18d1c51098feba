using System.Diagnostics;
using Lodestar.Domain.Events;
using Lodestar.Domain.Ingestion;

namespace Lodestar.Benchmarks;

/// <summary>
/// B. The raw insert rate of the rows ingest-http stores: the same messages, normalised exactly as the tracking API
/// does (before timing), inserted with SqliteEventSink in one transaction; no HTTP. A second variant commits one
/// transaction per request-sized batch, which shows what each commit (fsync, synchronous=FULL) costs.
/// </summary>
public sealed class IngestRawBenchmark(BenchOptions options)
{
    public const double TargetRatio = 0.5;
    private const int PerBatchRows = 50_000;

    public double? RowsPerSecond { get; private set; }

    public async Task<IReadOnlyList<BenchResult>> RunAsync(double? httpMessagesPerSecond)
    {
        var batches = Math.Max(1, options.Messages / options.Batch);
        Console.WriteLine($"== ingest-raw: {batches * options.Batch:N0} rows of ~{options.MessageBytes} B messages, SqliteEventSink ==");
        var pool = MessagePool.Create(Math.Min(100_000, batches * options.Batch), options.MessageBytes, RunTag.New(), options.Live);
        var bodies = pool.BuildBodies(0, batches, options.Batch);

        using var folder = new TempFolder("ingest-raw", options.Keep);
        var file = folder.File("raw.db");
        var sourceId = await BenchDatabase.CreateAsync(file, CancellationToken.None);

        var watch = Stopwatch.StartNew();
        var events = Normalize(bodies, sourceId);
        var normalizeSeconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"  parse + normalise (not timed below): {events.Count:N0} messages in {normalizeSeconds:N2} s " +
                          $"= {events.Count / normalizeSeconds:N0} msg/s on one thread; Raw column mean {events.Average(e => e.Raw.Length):N0} chars");

        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        double seconds;
        await using (var sink = await SqliteEventSink.OpenAsync(BenchDatabase.ConnectionString(file), CancellationToken.None))
        {
            watch.Restart();
            var inserted = await sink.InsertAsync(events, CancellationToken.None);
            seconds = watch.Elapsed.TotalSeconds;
            if (inserted.Any(i => !i))
                throw new InvalidOperationException("Some rows were taken for duplicates in a fresh database.");
        }

        var stored = await BenchDatabase.CountEventsAsync(file);
        RowsPerSecond = events.Count / seconds;
        Console.WriteLine($"  one transaction      : {events.Count:N0} rows in {seconds:N2} s = {RowsPerSecond,10:N0} rows/s " +
                          $"(stored {stored:N0}, database {BenchDatabase.Size(file)})");

        var perBatch = await PerBatchTransactionsAsync(folder, events.Take(PerBatchRows).ToList());
        var results = new List<BenchResult>
        {
            BenchResult.Info("ingest-raw rows/s (1 transaction)", $"{RowsPerSecond:N0} rows/s"),
            BenchResult.Info($"ingest-raw rows/s ({options.Batch}-row transactions)", $"{perBatch:N0} rows/s"),
            BenchResult.Info("ingest-raw parse+normalise msg/s (1 thread)", $"{events.Count / normalizeSeconds:N0} msg/s"),
        };
        if (httpMessagesPerSecond is { } http)
        {
            var ratio = http / RowsPerSecond.Value;
            Console.WriteLine($"  HTTP ÷ raw           : {http:N0} ÷ {RowsPerSecond:N0} = {ratio:N2} (target ≥ {TargetRatio:N1})");
            results.Add(BenchResult.AtLeast("ingest-http ÷ ingest-raw", ratio, TargetRatio, "", "N2"));
        }

        return results;
    }

    private async Task<double> PerBatchTransactionsAsync(TempFolder folder, List<TrackedEvent> events)
    {
        var file = folder.File("raw-per-batch.db");
        await BenchDatabase.CreateAsync(file, CancellationToken.None);
        await using var sink = await SqliteEventSink.OpenAsync(BenchDatabase.ConnectionString(file), CancellationToken.None);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < events.Count; i += options.Batch)
            await sink.InsertAsync(events.GetRange(i, Math.Min(options.Batch, events.Count - i)), CancellationToken.None);
        var rate = events.Count / watch.Elapsed.TotalSeconds;
        Console.WriteLine($"  {options.Batch}-row transactions : {events.Count:N0} rows in {watch.Elapsed.TotalSeconds:N2} s = {rate,10:N0} rows/s " +
                          $"({events.Count / options.Batch / watch.Elapsed.TotalSeconds:N0} commits/s)");
        return rate;
    }

    /// <summary>What the tracking API does with each body before it reaches the writer.</summary>
    internal static List<TrackedEvent> Normalize(byte[][] bodies, int sourceId)
    {
        var normalizer = new MessageNormalizer();
        var all = new List<TrackedEvent>(bodies.Length * 100);
        foreach (var body in bodies)
        {
            using var payload = TrackingPayload.Parse(body, TrackingRoute.Batch);
            if (payload.Error != IngestionError.None)
                throw new InvalidOperationException($"The tracking API would refuse a body: {payload.ErrorMessage}");
            var stamp = new IngestionStamp(DateTime.UtcNow, "127.0.0.1", sourceId);
            if (!normalizer.TryNormalizeAll(payload, null, stamp, out var events, out var refusal))
                throw new InvalidOperationException($"The tracking API would refuse a message: {refusal.Message}");
            all.AddRange(events);
        }

        return all;
    }
}
