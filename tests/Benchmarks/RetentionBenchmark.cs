using System.Diagnostics;
using Lodestar.Domain;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Operations;
using Lodestar.Domain.Privacy.Retention;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lodestar.Benchmarks;

/// <summary>
/// The retention purge of 1,000,000 events (with their profile links and segment facts) on a fresh generated database,
/// while live ingestion commits beside it: how long the purge takes (target &lt; 60 s) and the longest single ingestion
/// commit during it (target &lt; 100 ms), against the same ingestion without the purge.
/// </summary>
public sealed class RetentionBenchmark(BenchOptions options)
{
    private const int RecentEvents = 50_000;

    public async Task<IReadOnlyList<BenchResult>> RunAsync()
    {
        var old = options.Events > 0 ? options.Events : 1_000_000;
        Console.WriteLine($"== retention: purge {old:N0} events (+ profile links and segment facts) beside live ingestion ==");
        using var folder = new TempFolder("retention", options.Keep);
        var file = folder.File("retention.db");
        var sourceId = await BenchDatabase.CreateAsync(file, CancellationToken.None);
        var now = DateTime.UtcNow;
        var watch = Stopwatch.StartNew();
        await RetentionData.StoreAsync(file, sourceId, old, RecentEvents, now);
        Console.WriteLine($"  stored {old + RecentEvents:N0} events in the order they happened, {old:N0} received more than 30 days ago, in {watch.Elapsed.TotalSeconds:N1} s");
        await using var provider = BuildProvider(file, now);
        watch.Restart();
        var resolved = await provider.GetRequiredService<IdentityResolutionService>().RunIncrementalAsync(null, CancellationToken.None);
        Console.WriteLine($"  identity resolution and segment facts: {resolved.EventsProcessed:N0} events in {watch.Elapsed.TotalSeconds:N1} s; " +
                          $"{await CountAsync(file, "EventProfiles"):N0} links, {await CountAsync(file, "SegmentEvents"):N0} segment facts; database {BenchDatabase.Size(file)}");
        await provider.GetRequiredService<RetentionSettingsService>().SaveAsync([new RetentionLimitInput(RetentionClasses.Events, 30)], "bench", CancellationToken.None);

        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var baseline = await ProbeAsync(file, sourceId, () => Task.Delay(TimeSpan.FromSeconds(10)));
        var baselineCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"  ingestion alone (10 s): {baseline.Count:N0} commits of 100, p50 {baseline.P50:N1} / p99 {baseline.P99:N1} / max {baseline.Max:N1} ms, " +
                          $"{Over(baseline, 100)} over 100 ms; {baselineCpu:N1} s CPU (load {MachineLoad.LoadAverage()})");

        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        RetentionReport? report = null;
        var purgeSeconds = 0.0;
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var during = await ProbeAsync(file, sourceId, async () =>
        {
            var timer = Stopwatch.StartNew();
            report = await provider.GetRequiredService<RetentionService>().RunAsync("bench", new ConsoleProgress(), CancellationToken.None);
            purgeSeconds = timer.Elapsed.TotalSeconds;
        });
        // The process's CPU less what the probe's commits cost alone: what the purge itself used, whatever else ran.
        var duringCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var purgeCpu = duringCpu - baselineCpu / Math.Max(1, baseline.Count) * during.Count;
        var events = report!.Lines.Single(l => l.Class == RetentionClasses.Events);
        Console.WriteLine($"  purge: {events.Purged:N0} events and {events.Related:N0} derived rows in {purgeSeconds:N1} s, {events.Batches:N0} transactions " +
                          $"({events.Purged / Math.Max(1, events.Batches):N0} events each on average)");
        Console.WriteLine($"  ingestion during the purge: {during.Count:N0} commits of 100, p50 {during.P50:N1} / p99 {during.P99:N1} / max {during.Max:N1} ms, " +
                          $"{Over(during, 100)} over 100 ms (load {MachineLoad.LoadAverage()})");
        Console.WriteLine($"  CPU: {duringCpu:N1} s for purge and probe together, about {purgeCpu:N1} s of it the purge's");
        var left = await CountOldAsync(file, now.AddDays(-30));
        Console.WriteLine($"  left: {left:N0} events older than 30 days, {await CountAsync(file, "Events"):N0} events in all, database {BenchDatabase.Size(file)}");

        watch.Restart();
        var second = await provider.GetRequiredService<RetentionService>().RunAsync("bench-2", null, CancellationToken.None);
        Console.WriteLine($"  second run: {second.Purged:N0} purged in {watch.Elapsed.TotalSeconds:N2} s");
        if (events.Purged != old || left != 0 || second.Purged != 0)
            throw new InvalidOperationException($"The purge left {left:N0} old events, purged {events.Purged:N0} of {old:N0}, and the second run {second.Purged:N0}.");

        return
        [
            BenchResult.Below($"retention purge of {old:N0} events", purgeSeconds, 60, "s", "N1"),
            BenchResult.Below("retention longest ingestion commit during the purge", during.Max, 100, "ms", "N1"),
            BenchResult.Info("retention ingestion commit p99 during / without the purge", $"{during.P99:N1} / {baseline.P99:N1} ms (max without {baseline.Max:N1} ms)"),
            BenchResult.Info("retention purge transactions", $"{events.Batches:N0} ({events.Related:N0} derived rows)"),
            BenchResult.Info("retention purge CPU time (probe's commits taken out)", $"{purgeCpu:N1} s"),
            BenchResult.Info("retention ingestion commits over 100 ms during / without the purge", $"{Over(during, 100)} / {Over(baseline, 100)}"),
            BenchResult.Info("retention second run", $"{second.Purged:N0} purged in {watch.Elapsed.TotalSeconds:N2} s"),
        ];
    }

    private static async Task<LatencyStats> ProbeAsync(string file, int sourceId, Func<Task> workload)
    {
        await using var probe = new IngestionLatencyProbe(file, sourceId);
        probe.Start();
        await workload();
        return await probe.StopAsync();
    }

    private static string Over(LatencyStats stats, double milliseconds)
    {
        var over = stats.CountAbove(milliseconds);
        return $"{over:N0} ({(double)over / Math.Max(1, stats.Count):P1})";
    }

    /// <summary>The Domain's services, with the clock stopped at the data's "now".</summary>
    private static ServiceProvider BuildProvider(string file, DateTime now)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = BenchDatabase.ConnectionString(file) })
            // Privacy__Retention__BatchSize and the like, to try other settings.
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(new StoppedClock(now));
        services.AddDomain(configuration, Path.GetDirectoryName(file)!);
        return services.BuildServiceProvider();
    }

    private static async Task<long> CountAsync(string file, string table)
    {
        await using var connection = new SqliteConnection(BenchDatabase.ConnectionString(file));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<long> CountOldAsync(string file, DateTime cutoff)
    {
        await using var connection = new SqliteConnection(BenchDatabase.ConnectionString(file));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Events WHERE ReceivedAt < $cutoff";
        command.Parameters.AddWithValue("$cutoff", cutoff);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private sealed class StoppedClock(DateTime now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(now);
    }

    private sealed class ConsoleProgress : IJobProgress
    {
        private DateTime _next;

        public Task ReportAsync(double fraction, string message, CancellationToken cancellationToken)
        {
            if (DateTime.UtcNow >= _next)
            {
                Console.WriteLine($"    {fraction,5:P0}  {message}");
                _next = DateTime.UtcNow.AddSeconds(5);
            }

            return Task.CompletedTask;
        }
    }
}
