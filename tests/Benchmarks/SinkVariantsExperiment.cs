using System.Diagnostics;
using Lodestar.Domain.Events;

namespace Lodestar.Benchmarks;

/// <summary>
/// Diagnostics, not a target: the insert that SqliteEventSink runs (same SQL, same binding; see
/// <see cref="TunedSqliteSink"/>), timed with one setting changed at a time, to show where the embedded store's insert
/// time goes and what a change to the sink would buy. Commits every clients × batch rows (800 by default): the group
/// the portal's writer commits when 8 clients each wait for their 100-message request.
/// </summary>
public sealed class SinkVariantsExperiment(BenchOptions options)
{
    public const string DropSecondaryIndexes =
        "DROP INDEX IX_Events_UserId; DROP INDEX IX_Events_AnonymousId; DROP INDEX IX_Events_Name; DROP INDEX IX_Events_Timestamp;";

    /// <summary>What storing Timestamp as a number would give its index: 8-byte keys instead of ~27-character text.</summary>
    private const string IntegerTimestampIndex =
        "DROP INDEX IX_Events_Timestamp; CREATE INDEX IX_Events_TimestampNumber ON Events(unixepoch(Timestamp, 'subsec'));";

    private static readonly (string Name, string Pragmas, bool DropSecondaryIndexes)[] Variants =
    [
        ("as SqliteEventSink (WAL, synchronous=FULL, default 2 MB cache)", "", false),
        ("+ cache_size 64 MB", "PRAGMA cache_size=-65536;", false),
        ("+ cache_size 256 MB", "PRAGMA cache_size=-262144;", false),
        ("synchronous=NORMAL", "PRAGMA synchronous=NORMAL;", false),
        ("without IX_Events_UserId", "DROP INDEX IX_Events_UserId;", false),
        ("without IX_Events_AnonymousId", "DROP INDEX IX_Events_AnonymousId;", false),
        ("without IX_Events_Name", "DROP INDEX IX_Events_Name;", false),
        ("without IX_Events_Timestamp", "DROP INDEX IX_Events_Timestamp;", false),
        ("Timestamp index on an 8-byte number (unixepoch) instead of text", IntegerTimestampIndex, false),
        ("  the same + cache_size 64 MB", IntegerTimestampIndex + "PRAGMA cache_size=-65536;", false),
        ("without the 4 secondary indexes (MessageId unique kept)", "", true),
        ("without secondary indexes + cache_size 64 MB", "PRAGMA cache_size=-65536;", true),
    ];

    public async Task<IReadOnlyList<BenchResult>> RunAsync()
    {
        var batches = Math.Max(1, options.Messages / options.Batch);
        var rowsPerCommit = options.Clients * options.Batch;
        Console.WriteLine($"== sink-variants: {batches * options.Batch:N0} rows per variant, commit every {rowsPerCommit:N0} ==");
        var pool = MessagePool.Create(Math.Min(100_000, batches * options.Batch), options.MessageBytes, RunTag.New(), options.Live);
        using var folder = new TempFolder("sink-variants", options.Keep);
        var events = IngestRawBenchmark.Normalize(pool.BuildBodies(0, batches, options.Batch), 1);
        var results = new List<BenchResult>();
        for (var v = 0; v < Variants.Length; v++)
        {
            var (name, pragmas, dropIndexes) = Variants[v];
            var file = folder.File($"variant{v}.db");
            await BenchDatabase.CreateAsync(file, CancellationToken.None);
            await MachineLoad.WaitForQuietAsync(options.QuietWait);
            var io0 = IoMeter.Read(Environment.ProcessId);
            var (seconds, cpu) = await InsertAsync(file, pragmas, dropIndexes, events, rowsPerCommit);
            var written = (IoMeter.Read(Environment.ProcessId) - io0)?.WriteCalls / 1024.0 / events.Count;
            Console.WriteLine($"  {name,-60} {events.Count / seconds,9:N0} rows/s  (CPU {cpu / seconds * 100:N0}% of one core; " +
                              $"{written:N1} KB written per row; {BenchDatabase.Size(file)})");
            results.Add(BenchResult.Info($"sink: {name}", $"{events.Count / seconds:N0} rows/s"));
        }

        return results;
    }

    private static async Task<(double Seconds, double CpuSeconds)> InsertAsync(string file, string pragmas, bool dropIndexes, List<TrackedEvent> events, int rowsPerCommit)
    {
        var extra = pragmas + (dropIndexes ? DropSecondaryIndexes : "");
        await using var sink = await TunedSqliteSink.OpenAsync(BenchDatabase.ConnectionString(file), extra);
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        for (var start = 0; start < events.Count; start += rowsPerCommit)
            await sink.InsertAsync(events.GetRange(start, Math.Min(rowsPerCommit, events.Count - start)), CancellationToken.None);
        var seconds = watch.Elapsed.TotalSeconds;
        return (seconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds);
    }
}
