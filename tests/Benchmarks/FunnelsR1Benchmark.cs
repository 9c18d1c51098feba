using System.Diagnostics;
using Lodestar.Domain.Data;
using Lodestar.Domain.Funnels;
using Lodestar.Domain.Funnels.Engine;
using Lodestar.Domain.Segments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Benchmarks;

/// <summary>
/// Funnels at R1 on a copy of the R1 database (resolved and with SegmentEvents filled first when it is not): the
/// issue's 4-step ordered funnel with a 30-day window over the whole year, with and without a breakdown by channel,
/// and the same funnel as plain SQL in DuckDB over the same events. The service keeps step events in memory between
/// queries (FunnelEventCache): the first run of each query is cold (read from SQLite), the later ones warm; the
/// same service without its cache is timed too.
/// </summary>
public sealed class FunnelsR1Benchmark(BenchOptions options)
{
    private const int Runs = 6;

    public async Task<IReadOnlyList<BenchResult>> RunAsync()
    {
        using var folder = new TempFolder("funnels-r1", options.Keep);
        var file = folder.File("r1.db");
        await using var provider = await ResolvedR1.OpenAsync(options, file);

        var funnels = provider.GetRequiredService<FunnelService>();
        var uncached = new FunnelService(provider.GetRequiredService<IDbContextFactory<PortalDbContext>>(),
            provider.GetRequiredService<StaticSegmentService>(), new FunnelEventCache(maxRows: 0), TimeProvider.System);
        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        var (plainUncached, _, _) = await TimeAsync(uncached, FunnelsR1Queries.Plain(), "4 steps, 30-day window, no cache");
        var (plain, plainCold, plainResult) = await TimeAsync(funnels, FunnelsR1Queries.Plain(), "4 steps, 30-day window");
        var (byChannel, channelCold, channelResult) = await TimeAsync(funnels, FunnelsR1Queries.ByChannel(), "same, by channel (first touch)");
        Console.WriteLine($"    {channelResult.Breakdown.Count} groups: " + string.Join(", ", channelResult.Breakdown.Select(g => $"{g.Value} {g.Steps[0].Count:N0}→{g.Steps[^1].Count:N0}")));

        var cache = provider.GetRequiredService<FunnelEventCache>();
        await StagesAsync(provider, FunnelsR1Queries.ByChannel(), null, "by channel, no cache");
        await StagesAsync(provider, FunnelsR1Queries.ByChannel(), cache, "by channel, warm");

        using var duck = new DuckDbFunnel();
        var loaded = await duck.LoadAsync(file);
        var duckTimes = new List<double>();
        long[] duckCounts = [];
        for (var i = 0; i < Runs; i++)
        {
            var (counts, seconds) = duck.Run();
            duckCounts = counts;
            duckTimes.Add(seconds * 1000);
        }

        var duckP50 = new LatencyStats(duckTimes.Skip(1)).P50 / 1000;
        var same = duckCounts.SequenceEqual(plainResult.Steps.Select(s => s.Count));
        Console.WriteLine($"  DuckDB ({loaded:N0} events loaded): {string.Join(" → ", duckCounts.Select(c => c.ToString("N0")))} people; runs {string.Join(", ", duckTimes.Select(t => t.ToString("N0")))} ms; counts {(same ? "equal" : "DIFFER")}");
        return
        [
            BenchResult.Below("funnels-r1 4 steps, no breakdown, warm p50", plain, 1, "s", "N2"),
            BenchResult.Below("funnels-r1 4 steps, no breakdown, cold (1st run)", plainCold, 1, "s", "N2"),
            BenchResult.Info("funnels-r1 4 steps, no breakdown, no cache p50", $"{plainUncached:N2} s"),
            BenchResult.Below("funnels-r1 4 steps by channel, warm p50", byChannel, 2, "s", "N2"),
            BenchResult.Below("funnels-r1 4 steps by channel, cold (1st run)", channelCold, 2, "s", "N2"),
            BenchResult.Info("funnels-r1 DuckDB same funnel p50 / ratio", $"{duckP50:N2} s / Lodestar warm {plain / duckP50:N1}×, cold {plainCold / duckP50:N1}× (goal ≤ 2×); counts {(same ? "equal" : "differ")}"),
        ];
    }

    /// <summary>Where one run's time goes: reading the events (or finding them in the cache), following each person, summing up.</summary>
    private static async Task StagesAsync(ServiceProvider provider, FunnelQuery query, FunnelEventCache? cache, string label)
    {
        var contexts = provider.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        var watch = Stopwatch.StartNew();
        var loader = new FunnelEventLoader(contexts, DateTime.UtcNow, cache);
        var (events, read) = await loader.LoadAsync(query, CancellationToken.None);
        var load = watch.Elapsed.TotalMilliseconds;
        var plan = new FunnelPlan(query);
        var attempts = FunnelCalculator.Attempts(plan, events);
        var follow = watch.Elapsed.TotalMilliseconds - load;
        FunnelResultCalculator.Result(plan, events, attempts, null, DateTime.UtcNow, read);
        var sum = watch.Elapsed.TotalMilliseconds - load - follow;
        Console.WriteLine($"  stages ({label}): {read:N0} events {load:N0} ms (rows {loader.LastTimings.ReadMs:N0}, merge in order {loader.LastTimings.SortMs:N0}), follow {attempts.Count:N0} people {follow:N0} ms, results {sum:N0} ms");
    }

    /// <returns>The p50 of runs 2–6 and the first run (cold when nothing was cached), in seconds.</returns>
    private static async Task<(double P50Seconds, double FirstSeconds, FunnelResult Result)> TimeAsync(FunnelService funnels, FunnelQuery query, string label)
    {
        var timings = new List<double>();
        var cpu = new List<double>();
        FunnelResult? result = null;
        for (var i = 0; i < Runs; i++)
        {
            var (watch, used) = (Stopwatch.StartNew(), Process.GetCurrentProcess().TotalProcessorTime);
            result = await funnels.QueryAsync(query, CancellationToken.None);
            timings.Add(watch.Elapsed.TotalMilliseconds);
            cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - used).TotalMilliseconds);
        }

        var p50 = new LatencyStats(timings.Skip(1)).P50 / 1000;
        Console.WriteLine($"  {label}: {string.Join(" → ", result!.Steps.Select(s => s.Count.ToString("N0")))} people, {result.EventsRead:N0} events read; "
            + $"runs {string.Join(", ", timings.Select(t => t.ToString("N0")))} ms (CPU {string.Join(", ", cpu.Select(t => t.ToString("N0")))} ms)");
        return (p50, timings[0] / 1000, result);
    }
}
