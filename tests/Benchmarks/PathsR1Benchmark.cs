using System.Diagnostics;
using Lodestar.Domain.Data;
using Lodestar.Domain.Paths;
using Lodestar.Domain.Paths.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Benchmarks;

/// <summary>
/// Paths at R1 on a copy of the R1 database (resolved and with SegmentEvents filled first when it is not): the three
/// steps after the storefront's home page, top 5 per step, over the last 30 days and over the whole year.
/// </summary>
public sealed class PathsR1Benchmark(BenchOptions options)
{
    private const int Runs = 6;
    private const string Home = "Lumen Goods — Home";

    public async Task<IReadOnlyList<BenchResult>> RunAsync()
    {
        using var folder = new TempFolder("paths-r1", options.Keep);
        var file = folder.File("r1.db");
        await using var provider = await ResolvedR1.OpenAsync(options, file);

        var paths = provider.GetRequiredService<PathService>();
        var month = new PathQuery { Event = Home, Depth = 3, TopN = 5, From = new DateOnly(2026, 10, 2), To = new DateOnly(2026, 10, 31) };
        var year = month with { From = new DateOnly(2025, 10, 31) };
        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        var monthP50 = await TimeAsync(paths, month, "after Home, depth 3, top 5, last 30 days");
        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        var yearP50 = await TimeAsync(paths, year, "same, whole year");
        var beforeP50 = await TimeAsync(paths, year with { Direction = PathDirection.Before }, "before Home, whole year");
        await StagesAsync(provider, year);
        var dashboard = await new DashboardR1Load(provider).RunAsync([month, year, year with { Direction = PathDirection.Before }]);
        return
        [
            BenchResult.Below("paths-r1 after Home, 30 days, p50", monthP50, 2, "s", "N2"),
            BenchResult.Below("paths-r1 after Home, whole year, p50", yearP50, 2, "s", "N2"),
            BenchResult.Info("paths-r1 before Home, whole year, p50", $"{beforeP50:N2} s"),
            BenchResult.Info("paths-r1 dashboard of 6 saved insights, load p50", $"{dashboard * 1000:N1} ms"),
        ];
    }

    /// <summary>Where one run's time goes: each person's first visit, their paths, the Sankey.</summary>
    private static async Task StagesAsync(ServiceProvider provider, PathQuery query)
    {
        var loader = new PathEventLoader(provider.GetRequiredService<IDbContextFactory<PortalDbContext>>(), DateTime.UtcNow);
        var (found, read) = await loader.LoadAsync(query, CancellationToken.None);
        var watch = Stopwatch.StartNew();
        PathCalculator.Result(query, found, DateTime.UtcNow, read);
        Console.WriteLine($"  stages (whole year, after): first visits {loader.LastTimings.AnchorsMs:N0} ms, {found.Count:N0} paths {loader.LastTimings.PathsMs:N0} ms "
            + $"({read:N0} rows), Sankey {watch.Elapsed.TotalMilliseconds:N0} ms");
    }

    private static async Task<double> TimeAsync(PathService paths, PathQuery query, string label)
    {
        var timings = new List<double>();
        var cpu = new List<double>();
        PathResult? result = null;
        for (var i = 0; i < Runs; i++)
        {
            // Processor time too: on a shared 2-core machine it shows the work done whatever else runs.
            var (watch, used) = (Stopwatch.StartNew(), Process.GetCurrentProcess().TotalProcessorTime);
            result = await paths.QueryAsync(query, CancellationToken.None);
            timings.Add(watch.Elapsed.TotalMilliseconds);
            cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - used).TotalMilliseconds);
        }

        Console.WriteLine($"  {label}: {result!.People:N0} people, {result.Nodes.Count} nodes, {result.Links.Count} links, {result.EventsRead:N0} events read; "
            + $"runs {string.Join(", ", timings.Select(t => t.ToString("N0")))} ms (CPU {string.Join(", ", cpu.Select(t => t.ToString("N0")))} ms)");
        var top = result.Links.OrderByDescending(l => l.Count).Take(3).Select(l => $"{result.Nodes[l.Source].Label} → {result.Nodes[l.Target].Label} {l.Count:N0}");
        Console.WriteLine($"    busiest links: {string.Join("; ", top)}");
        return new LatencyStats(timings.Skip(1)).P50 / 1000;
    }
}
