using System.Diagnostics;

namespace Lodestar.Benchmarks;

/// <summary>
/// D. Demo seeding as a user sees it: the portal started on an empty database with Demo:Seed=true, timed until the
/// JobRuns row of <c>demo-seed</c> says Succeeded. The database is polled read-only.
/// </summary>
public sealed class DemoSeedBenchmark(BenchOptions options)
{
    public const double TargetSeconds = 60;
    private const string JobName = "demo-seed";

    public async Task<IReadOnlyList<BenchResult>> RunAsync()
    {
        var people = options.People > 0 ? options.People : (int?)null;
        Console.WriteLine($"== demo-seed: portal child process, Demo:Seed=true, {(people is null ? "Demo:People default (5,000)" : $"Demo:People={people:N0}")} ==");
        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        using var folder = new TempFolder("demo-seed", options.Keep);
        var settings = new PortalSettings(folder.File("portal.db"), seedDemo: true, people);
        var started = Stopwatch.GetTimestamp();
        await using var portal = PortalProcess.Start(settings, folder.File("portal.log"));
        var healthy = await HealthProbe.WaitForOkAsync(portal, TimeSpan.FromSeconds(60));
        Console.WriteLine($"  /health 200 after {Stopwatch.GetElapsedTime(started, healthy).TotalSeconds:N2} s");

        JobRunRow? run = null;
        var lastMessage = "";
        var deadline = Stopwatch.GetTimestamp() + 30 * 60 * Stopwatch.Frequency;
        while (Stopwatch.GetTimestamp() < deadline && !portal.HasExited)
        {
            run = await BenchDatabase.LatestJobRunAsync(settings.DatabaseFile, JobName);
            if (run is { State: "Succeeded" or "Failed" })
                break;
            if (run?.Message is { } message && message != lastMessage && Stopwatch.GetElapsedTime(started).TotalSeconds > 1)
            {
                lastMessage = message;
                Console.WriteLine($"    {Stopwatch.GetElapsedTime(started).TotalSeconds,6:N1} s  {run.State}: {message}");
            }

            await Task.Delay(250);
        }

        var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
        if (run is not { State: "Succeeded" })
        {
            Console.WriteLine($"  the demo-seed job did not succeed: {run?.State ?? "no run recorded"} {run?.Error}. Portal log ends:");
            Console.WriteLine(portal.LogTail());
            return [new BenchResult("demo-seed", $"< {TargetSeconds:N0} s", run?.State ?? "no run", false)];
        }

        var cpu = portal.ServerCpuTime;
        var events = await BenchDatabase.CountEventsAsync(settings.DatabaseFile);
        var job = run.FinishedAt - run.StartedAt;
        Console.WriteLine($"  job {JobName}: {run.Message}");
        Console.WriteLine($"  seeded {events:N0} events; job ran {job?.TotalSeconds:N1} s (StartedAt→FinishedAt) = {events / job?.TotalSeconds:N0} events/s; " +
                          $"{wall:N1} s from process start (±0.25 s polling); portal CPU {cpu?.TotalSeconds:N1} s; " +
                          $"database {BenchDatabase.Size(settings.DatabaseFile)}");
        return
        [
            BenchResult.Below("demo-seed from process start", wall, TargetSeconds, "s", "N1"),
            BenchResult.Info("demo-seed events (job duration)", $"{events:N0} ({job?.TotalSeconds:N1} s)"),
        ];
    }
}
