using System.Diagnostics;
using Lodestar.Domain;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Profiles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lodestar.Benchmarks;

/// <summary>
/// Identity resolution at R1 (100,000 people, ~5M events): a full rebuild, incremental runs over 10,000 new events,
/// the Profiles pages' reads, and a check that incremental runs and a rebuild give the same tables. Works on a copy
/// of the R1 database (<c>--database FILE</c>, built there first when missing), so the original stays reusable.
/// </summary>
public sealed class IdentityR1Benchmark(BenchOptions options)
{
    private const int NewEventsPerRound = 10_000;
    private const int Rounds = 3;

    public async Task<IReadOnlyList<BenchResult>> RunAsync()
    {
        using var folder = new TempFolder("identity-r1", options.Keep);
        var file = folder.File("r1.db");
        await PrepareAsync(file);
        // Migrates a database built before identity resolution existed, and gives the source new events are stamped with.
        var sourceId = await BenchDatabase.CreateAsync(file, CancellationToken.None);
        var people = options.People > 0 ? options.People : 100_000;
        Console.WriteLine($"== identity-r1: {await BenchDatabase.CountEventsAsync(file):N0} events of {people:N0} people in {file} ==");

        await using var provider = BuildProvider(file);
        var service = provider.GetRequiredService<IdentityResolutionService>();
        var results = new List<BenchResult>();

        // Full rebuild.
        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        var rebuild = await RebuildAsync(service, "rebuild");
        results.Add(BenchResult.Below("identity-r1 full rebuild", rebuild.Elapsed.TotalSeconds, 30, "s", "N1"));
        results.Add(BenchResult.Info("identity-r1 rebuild events/s", $"{rebuild.EventsProcessed / rebuild.Elapsed.TotalSeconds:N0} events/s"));
        Console.WriteLine($"  after rebuild: {await IdentityR1Data.CountsAsync(file)}");

        // Incremental runs over fresh traffic.
        var traffic = IdentityR1Traffic.Create(sourceId, await IdentityR1Data.IdentifiersAsync(file));
        var incremental = new List<double>();
        for (var round = 1; round <= Rounds; round++)
        {
            var run = await IncrementalAsync(service, traffic, file, round);
            incremental.Add(run.Elapsed.TotalSeconds);
        }

        incremental.Sort();
        var median = incremental[incremental.Count / 2];
        Console.WriteLine($"  incremental median {median:N3} s (runs {string.Join(", ", incremental.Select(s => s.ToString("N3")))} s)");
        results.Add(BenchResult.Below($"identity-r1 incremental {NewEventsPerRound / 1000}k (median)", median, 1, "s", "N3"));

        // The Profiles pages.
        Console.WriteLine("  Profiles pages (after the incremental runs):");
        results.AddRange(await new IdentityR1Reads(provider.GetRequiredService<ProfileQueryService>(), file).RunAsync());

        // Incremental state versus a rebuild of the same events.
        var afterIncremental = await IdentityR1Data.CountsAsync(file);
        var again = await RebuildAsync(service, "verification rebuild");
        var afterRebuild = await IdentityR1Data.CountsAsync(file);
        var match = afterIncremental.SameAs(afterRebuild);
        Console.WriteLine($"  incremental state: {afterIncremental}");
        Console.WriteLine($"  rebuilt state:     {afterRebuild}");
        Console.WriteLine($"  verification: {(match ? "MATCH" : "MISMATCH")}");
        results.Add(BenchResult.Info("identity-r1 verification rebuild", $"{again.Elapsed.TotalSeconds:N1} s"));
        results.Add(new BenchResult("identity-r1 incremental = rebuild", "MATCH", match ? "MATCH" : "MISMATCH", match));

        if (rebuild.Elapsed.TotalSeconds >= 30 || median >= 1 || Environment.GetEnvironmentVariable("IDENTITY_R1_BREAKDOWN") == "1")
            await new IdentityR1Breakdown(provider, traffic, file).RunAsync(Rounds + 1, Start(Rounds + 1), NewEventsPerRound);
        return results;
    }

    /// <summary>Puts a copy of the R1 database in <paramref name="file"/> (or builds R1 there when no --database).</summary>
    internal async Task PrepareAsync(string file)
    {
        if (options.Database is not { } original)
        {
            await new DemoSeedR1Benchmark(options).StoreAsync(file);
            return;
        }

        if (!File.Exists(original))
        {
            Console.WriteLine($"  {original} does not exist: building R1 there (reuse it next time with --database {original})");
            await new DemoSeedR1Benchmark(options).StoreAsync(original);
        }

        var watch = Stopwatch.StartNew();
        IdentityR1Data.Copy(original, file);
        Console.WriteLine($"  copied {original} ({BenchDatabase.Size(original)}) in {watch.Elapsed.TotalSeconds:N1} s; the original stays untouched");
    }

    private static ServiceProvider BuildProvider(string file)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = BenchDatabase.ConnectionString(file) })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddDomain(configuration, Path.GetDirectoryName(file)!);
        return services.BuildServiceProvider();
    }

    private static async Task<IdentityRunResult> RebuildAsync(IdentityResolutionService service, string name)
    {
        GC.Collect();
        ResetPeakWorkingSet();
        var allocated = GC.GetTotalAllocatedBytes();
        var pauses = GC.GetTotalPauseDuration();
        var result = await service.RebuildAsync(null, CancellationToken.None);
        var seconds = result.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"  {name}: {result.EventsProcessed:N0} events in {seconds:N1} s = {result.EventsProcessed / seconds:N0} events/s; " +
                          $"{result.ProfilesCreated:N0} profiles created, {result.Merges:N0} merges, {result.Conflicts:N0} conflicts");
        Console.WriteLine($"    peak working set {process.PeakWorkingSet64 / 1e6:N0} MB, allocated {(GC.GetTotalAllocatedBytes() - allocated) / 1e9:N1} GB, " +
                          $"GC pauses {(GC.GetTotalPauseDuration() - pauses).TotalSeconds:N1} s");
        return result;
    }

    private async Task<IdentityRunResult> IncrementalAsync(IdentityResolutionService service, IdentityR1Traffic traffic, string file, int round)
    {
        var watch = Stopwatch.StartNew();
        var mix = await traffic.AppendAsync(file, round, NewEventsPerRound, Start(round));
        var insertSeconds = watch.Elapsed.TotalSeconds;
        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        var result = await service.RunIncrementalAsync(null, CancellationToken.None);
        Console.WriteLine($"  incremental {round}: {mix} (inserted in {insertSeconds:N1} s, not timed)");
        Console.WriteLine($"    resolved {result.EventsProcessed:N0} events in {result.Elapsed.TotalSeconds:N3} s: " +
                          $"{result.ProfilesCreated:N0} profiles created, {result.Merges:N0} merges, {result.Conflicts:N0} conflicts");
        return result;
    }

    /// <summary>New traffic arrives after the demo's 12 months, an hour per round.</summary>
    private static DateTime Start(int round) => MessagePool.Anchor.AddHours(round);

    /// <summary>Lets <see cref="Process.PeakWorkingSet64"/> (VmHWM) measure from now on (Linux; elsewhere the process peak).</summary>
    internal static void ResetPeakWorkingSet()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.WriteLine("    (cannot reset the peak working set: the figure is the process peak)");
        }
    }
}
