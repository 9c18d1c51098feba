using System.Diagnostics;
using Lodestar.Domain.Events;
using Lodestar.Domain.Ingestion;
using Lodestar.Domain.Privacy.Pii;

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

        var pii = new PiiRuleSet(BenchPiiRules.Of(options.Pii));
        var watch = Stopwatch.StartNew();
        var events = Normalize(bodies, sourceId, pii);
        var normalizeSeconds = watch.Elapsed.TotalSeconds;
        var changed = events.Count(e => PiiMarks.Read(e.Raw).Count > 0);
        Console.WriteLine($"  parse + normalise (not timed below): {events.Count:N0} messages in {normalizeSeconds:N2} s " +
                          $"= {events.Count / normalizeSeconds:N0} msg/s on one thread; Raw column mean {events.Average(e => e.Raw.Length):N0} chars" +
                          (options.Pii == "none" ? "" : $"; PII rules '{options.Pii}' changed {changed:N0} of them"));
        var piiResults = options.Pii == "none" ? [] : await ComparePiiAsync(bodies, sourceId, pii);

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
        results.AddRange(piiResults);
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

    /// <summary>
    /// Parse + normalise of the same bodies without rules and with them, alternately, in many short rounds (the median
    /// of each counts) so that load from elsewhere weighs on both alike. Besides the wall-clock rate: CPU time per
    /// message, steadier on a busy machine, and bytes allocated per message, which load does not change at all.
    /// </summary>
    private async Task<List<BenchResult>> ComparePiiAsync(byte[][] bodies, int sourceId, PiiRuleSet pii)
    {
        const int Rounds = 15;
        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        var sample = bodies.Take(Math.Max(1, 20_000 / options.Batch)).ToArray();
        var runs = new[] { new PiiRun(PiiRuleSet.Empty), new PiiRun(pii) };
        using var me = Process.GetCurrentProcess();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var run in round % 2 == 0 ? runs : runs.Reverse())
            {
                me.Refresh();
                var cpu0 = me.TotalProcessorTime;
                var bytes0 = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                var count = NormalizeAndDiscard(sample, sourceId, run.Rules);
                run.Rates.Add(count / watch.Elapsed.TotalSeconds);
                run.Bytes.Add((GC.GetAllocatedBytesForCurrentThread() - bytes0) / (double)count);
                me.Refresh();
                run.Cpu.Add((me.TotalProcessorTime - cpu0).TotalMicroseconds / count);
            }
        }

        var (plain, ruled) = (runs[0].Summary(), runs[1].Summary());
        var cpuChange = (ruled.Cpu / plain.Cpu - 1) * 100;
        Console.WriteLine($"  parse + normalise, median of {Rounds} alternating rounds of {sample.Length * options.Batch:N0} messages: " +
                          $"no rules {plain.Rate:N0} msg/s, {plain.Cpu:N2} µs CPU and {plain.Bytes:N0} B allocated per message; " +
                          $"'{options.Pii}' rules {ruled.Rate:N0} msg/s, {ruled.Cpu:N2} µs CPU ({cpuChange:+0.0;-0.0} %), {ruled.Bytes:N0} B");
        return
        [
            BenchResult.Info("parse+normalise, no PII rules", $"{plain.Rate:N0} msg/s, {plain.Cpu:N2} µs CPU, {plain.Bytes:N0} B/msg"),
            BenchResult.Info($"parse+normalise, PII rules '{options.Pii}'", $"{ruled.Rate:N0} msg/s, {ruled.Cpu:N2} µs CPU ({cpuChange:+0.0;-0.0} %), {ruled.Bytes:N0} B/msg"),
        ];
    }

    private static int NormalizeAndDiscard(byte[][] bodies, int sourceId, PiiRuleSet rules)
    {
        var normalizer = new MessageNormalizer(rules);
        var count = 0;
        foreach (var body in bodies)
        {
            using var payload = TrackingPayload.Parse(body, TrackingRoute.Batch);
            if (!normalizer.TryNormalizeAll(payload, null, new IngestionStamp(DateTime.UtcNow, "127.0.0.1", sourceId), out var events, out var refusal))
                throw new InvalidOperationException($"The tracking API would refuse a message: {refusal.Message}");
            count += events.Length;
        }

        return count;
    }

    private sealed record PiiRun(PiiRuleSet Rules)
    {
        public List<double> Rates { get; } = [];

        public List<double> Cpu { get; } = [];

        public List<double> Bytes { get; } = [];

        public (double Rate, double Cpu, double Bytes) Summary() => (Median(Rates), Median(Cpu), Median(Bytes));

        private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
    }

    /// <summary>What the tracking API does with each body before it reaches the writer.</summary>
    internal static List<TrackedEvent> Normalize(byte[][] bodies, int sourceId, PiiRuleSet? pii = null)
    {
        var normalizer = new MessageNormalizer(pii);
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
