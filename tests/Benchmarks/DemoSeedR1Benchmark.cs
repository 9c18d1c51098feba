using System.Diagnostics;
using System.Threading.Channels;
using Lodestar.Domain.Demo;
using Lodestar.Domain.Events;
using Lodestar.Domain.Ingestion;

namespace Lodestar.Benchmarks;

/// <summary>
/// The R1 data set (100,000 people, ~5M events over 12 months) generated deterministically and stored in a fresh
/// SQLite database in this process, the way the demo seeding does it: generator → TrackingPayload → MessageNormalizer
/// on one thread, SqliteEventSink commits of up to 20,000 events (like the portal's group-commit writer) on another.
/// </summary>
public sealed class DemoSeedR1Benchmark(BenchOptions options)
{
    private const int MaxEventsPerCommit = 20_000;

    public async Task<IReadOnlyList<BenchResult>> RunAsync()
    {
        using var folder = new TempFolder("demo-seed-r1", options.Keep);
        return await StoreAsync(folder.File("r1.db"));
    }

    /// <summary>Creates the R1 database in <paramref name="file"/> and reports how fast it was filled.</summary>
    public async Task<IReadOnlyList<BenchResult>> StoreAsync(string file)
    {
        var people = options.People > 0 ? options.People : 100_000;
        var generator = new DemoDataGenerator(people, new DemoOptions().RandomSeed, MessagePool.Anchor);
        Console.WriteLine($"== demo-seed-r1: {people:N0} people, generated and stored in-process ==");
        var sourceId = await BenchDatabase.CreateAsync(file, CancellationToken.None);

        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        var queue = Channel.CreateBounded<TrackedEvent[]>(new BoundedChannelOptions(8) { SingleReader = true, SingleWriter = true });
        var watch = Stopwatch.StartNew();
        var producer = Task.Run(() => ProduceAsync(generator, sourceId, queue.Writer));
        var (events, insertSeconds) = await ConsumeAsync(file, queue.Reader, watch);
        var produceSeconds = await producer;
        var seconds = watch.Elapsed.TotalSeconds;

        var stored = await BenchDatabase.CountEventsAsync(file);
        Console.WriteLine($"  stored {stored:N0} events ({events:N0} generated) in {seconds:N1} s = {events / seconds:N0} events/s; " +
                          $"database {BenchDatabase.Size(file)}");
        Console.WriteLine($"  busy time: generate+parse+normalise {produceSeconds:N1} s, SQLite inserts {insertSeconds:N1} s");
        return
        [
            BenchResult.Info("demo-seed-r1 events", $"{stored:N0} in {seconds:N0} s"),
            BenchResult.Info("demo-seed-r1 events/s", $"{events / seconds:N0} events/s"),
        ];
    }

    /// <returns>Seconds spent producing (waits for a full queue excluded).</returns>
    private static async Task<double> ProduceAsync(DemoDataGenerator generator, int sourceId, ChannelWriter<TrackedEvent[]> writer)
    {
        var normalizer = new MessageNormalizer();
        var busy = TimeSpan.Zero;
        try
        {
            var start = Stopwatch.GetTimestamp();
            foreach (var batch in generator.Batches(1_000))
            {
                TrackedEvent[] events;
                using (var payload = TrackingPayload.Parse(batch.Body, TrackingRoute.Batch))
                {
                    var stamp = new IngestionStamp(DateTime.UtcNow, null, sourceId);
                    if (!normalizer.TryNormalizeAll(payload, null, stamp, out events, out var refusal))
                        throw new InvalidOperationException($"The generator wrote a message the tracking API refuses: {refusal.Message}");
                }

                busy += Stopwatch.GetElapsedTime(start);
                await writer.WriteAsync(events);
                start = Stopwatch.GetTimestamp();
            }

            return busy.TotalSeconds;
        }
        finally
        {
            writer.Complete();
        }
    }

    private static async Task<(long Events, double InsertSeconds)> ConsumeAsync(string file, ChannelReader<TrackedEvent[]> reader, Stopwatch watch)
    {
        await using var sink = await SqliteEventSink.OpenAsync(BenchDatabase.ConnectionString(file), CancellationToken.None);
        var group = new List<TrackedEvent>(MaxEventsPerCommit + 2_000);
        long total = 0;
        var inserting = TimeSpan.Zero;
        var nextReport = 10.0;
        while (await reader.WaitToReadAsync())
        {
            group.Clear();
            while (group.Count < MaxEventsPerCommit && reader.TryRead(out var events))
                group.AddRange(events);
            var start = Stopwatch.GetTimestamp();
            await sink.InsertAsync(group, CancellationToken.None);
            inserting += Stopwatch.GetElapsedTime(start);
            total += group.Count;
            if (watch.Elapsed.TotalSeconds >= nextReport)
            {
                Console.WriteLine($"    {watch.Elapsed.TotalSeconds,6:N0} s  {total,12:N0} events  {total / watch.Elapsed.TotalSeconds,8:N0} events/s");
                nextReport += 10;
            }
        }

        return (total, inserting.TotalSeconds);
    }
}
