using System.Diagnostics;

namespace Lodestar.Benchmarks;

/// <summary>
/// C. Cold start: from starting <c>dotnet Lodestar.Portal.dll</c> on an empty database (migrations, roles, first
/// admin, default source) to the first 200 from <c>/health</c>. Each start gets a fresh database.
/// </summary>
public sealed class ColdStartBenchmark(BenchOptions options)
{
    public const double TargetSeconds = 5;

    public async Task<IReadOnlyList<BenchResult>> RunAsync()
    {
        var repeat = Math.Max(1, options.Repeat);
        Console.WriteLine($"== cold-start: {repeat} starts of {RepoPaths.PortalDll}, fresh database each ==");
        var times = new List<double>();
        for (var i = 1; i <= repeat; i++)
        {
            await MachineLoad.WaitForQuietAsync(options.QuietWait);
            using var folder = new TempFolder("cold-start", options.Keep);
            var settings = new PortalSettings(folder.File("portal.db"), seedDemo: false);
            var started = Stopwatch.GetTimestamp();
            await using var portal = PortalProcess.Start(settings, folder.File("portal.log"));
            var ready = await HealthProbe.WaitForOkAsync(portal, TimeSpan.FromSeconds(60));
            var seconds = Stopwatch.GetElapsedTime(started, ready).TotalSeconds;
            times.Add(seconds);
            Console.WriteLine($"  start {i}: {seconds:N2} s to /health 200 (CPU used by then: {portal.ServerCpuTime?.TotalSeconds:N2} s)");
        }

        var median = Median(times);
        Console.WriteLine($"  median: {median:N2} s (target < {TargetSeconds:N0} s)");
        return [BenchResult.Below($"cold-start median of {repeat}", median, TargetSeconds, "s", "N2")];
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
