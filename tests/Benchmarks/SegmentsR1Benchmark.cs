using System.Diagnostics;
using Lodestar.Domain;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Segments;
using Lodestar.Domain.Segments.Facts;
using Lodestar.Domain.Segments.Rules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lodestar.Benchmarks;

/// <summary>
/// Segments at R1 (100,000 people, ~5M events), on a copy of the R1 database: filling SegmentEvents, the preview of a
/// 3-condition rule (trait, event count in 30 days with a property filter, computed revenue sum), and refreshing 20
/// saved segments. "Now" is the end of the R1 data, so "the last 30 days" holds a month of traffic.
/// </summary>
public sealed class SegmentsR1Benchmark(BenchOptions options)
{
    private const int PreviewRuns = 11;

    public async Task<IReadOnlyList<BenchResult>> RunAsync()
    {
        using var folder = new TempFolder("segments-r1", options.Keep);
        var file = folder.File("r1.db");
        await new IdentityR1Benchmark(options).PrepareAsync(file);
        await BenchDatabase.CreateAsync(file, CancellationToken.None);
        await using var provider = BuildProvider(file);
        var results = new List<BenchResult>();

        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        var identity = provider.GetRequiredService<IdentityResolutionService>();
        // A database kept from an earlier run (--keep) is resolved and filled already: only what is missing is done.
        var resolved = await identity.RunIncrementalAsync(null, CancellationToken.None);
        if (resolved.EventsProcessed > 0)
            Console.WriteLine($"  identity resolution of {resolved.EventsProcessed:N0} events: {resolved.Elapsed.TotalSeconds:N1} s");
        var fill = Stopwatch.StartNew();
        var filled = await identity.CatchUpSegmentEventsAsync(CancellationToken.None);
        Console.WriteLine($"  SegmentEvents fill: {filled:N0} rows in {fill.Elapsed.TotalSeconds:N1} s");
        if (filled > 1_000_000)
            results.Add(BenchResult.Info("segments-r1 first SegmentEvents fill", $"{fill.Elapsed.TotalSeconds:N1} s ({filled:N0} rows)"));
        if (Environment.GetEnvironmentVariable("SEGMENTS_R1_REMAP") != "0")
            results.Add(BenchResult.Info("segments-r1 SegmentEvents remap after a rebuild", $"{await RemapSecondsAsync(provider):N1} s"));

        var preview = provider.GetRequiredService<SegmentPreviewService>();
        var rule = SegmentRuleJson.Parse(SegmentsR1Rules.Preview);
        var timings = new List<double>();
        var count = 0;
        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        for (var i = 0; i < PreviewRuns; i++)
        {
            var watch = Stopwatch.StartNew();
            count = (await preview.PreviewAsync(rule, CancellationToken.None)).Count;
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        var stats = new LatencyStats(timings.Skip(1));
        Console.WriteLine($"  preview (3 conditions): {count:N0} people; runs {string.Join(", ", timings.Select(t => t.ToString("N0")))} ms");
        results.Add(BenchResult.Below("segments-r1 preview 3 conditions p50", stats.P50 / 1000, 1, "s", "N2"));
        results.Add(BenchResult.Info("segments-r1 preview p95 / audience", $"{stats.P95 / 1000:N2} s / {count:N0} people"));

        results.AddRange(await RefreshAllAsync(provider));
        return results;
    }

    private static async Task<double> RemapSecondsAsync(ServiceProvider provider)
    {
        await provider.GetRequiredService<Domain.Settings.AppSettingsStore>().SetAsync(SegmentEventSyncService.GenerationKey, "stale", CancellationToken.None);
        var watch = Stopwatch.StartNew();
        await provider.GetRequiredService<SegmentEventSyncService>().CatchUpAsync(CancellationToken.None);
        Console.WriteLine($"  SegmentEvents remap (every row's profile taken again): {watch.Elapsed.TotalSeconds:N1} s");
        return watch.Elapsed.TotalSeconds;
    }

    private async Task<IEnumerable<BenchResult>> RefreshAllAsync(ServiceProvider provider)
    {
        var segments = provider.GetRequiredService<SegmentService>();
        var ids = new List<long>();
        foreach (var (name, json) in SegmentsR1Rules.Saved())
            ids.Add((await segments.CreateAsync(new SegmentDraft(name, null, SegmentRuleJson.Parse(json), 60), "bench", CancellationToken.None)).Id);
        var refreshes = provider.GetRequiredService<SegmentRefreshService>();
        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        var first = await TimeAsync(refreshes, ids, "first refresh (every member enters)");
        var again = await TimeAsync(refreshes, ids, "second refresh (no change)");
        return
        [
            BenchResult.Below("segments-r1 refresh 20 segments", first, 30, "s", "N1"),
            BenchResult.Info("segments-r1 refresh 20 again (no change)", $"{again:N1} s"),
        ];
    }

    private static async Task<double> TimeAsync(SegmentRefreshService refreshes, List<long> ids, string label)
    {
        var watch = Stopwatch.StartNew();
        var lines = new List<string>();
        foreach (var id in ids)
        {
            var one = Stopwatch.StartNew();
            var refresh = await refreshes.RefreshAsync(id, CancellationToken.None);
            lines.Add($"{refresh.Size:N0} (+{refresh.Entered:N0}/-{refresh.Exited:N0}) {one.Elapsed.TotalSeconds:N1} s{(refresh.Error is null ? "" : " FAILED " + refresh.Error)}");
        }

        Console.WriteLine($"  {label}: {watch.Elapsed.TotalSeconds:N1} s — " + string.Join("; ", lines));
        return watch.Elapsed.TotalSeconds;
    }

    internal static ServiceProvider BuildProvider(string file)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = BenchDatabase.ConnectionString(file) })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(new FixedClock(SegmentsR1Rules.Now));
        services.AddDomain(configuration, Path.GetDirectoryName(file)!);
        return services.BuildServiceProvider();
    }

    private sealed class FixedClock(DateTime now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(now);
    }
}
