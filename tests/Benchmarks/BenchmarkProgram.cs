using System.Runtime;
using System.Runtime.InteropServices;

namespace Lodestar.Benchmarks;

/// <summary>The entry point (not named Program: the portal's <c>Program</c> is what WebApplicationFactory hosts).</summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(BenchOptions.Usage);
            return 2;
        }

        if (options.Command is "help" or "-h" or "--help")
        {
            Console.WriteLine(BenchOptions.Usage);
            return 0;
        }

        Console.WriteLine($"Lodestar benchmarks — {RepoPaths.Configuration} build, {Environment.ProcessorCount} logical CPUs, " +
                          $"{RuntimeInformation.OSDescription}, .NET {Environment.Version}, " +
                          $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1e9:N0} GB");
        if (RepoPaths.Configuration != "Release")
            Console.WriteLine("WARNING: not a Release build; the figures do not count. Use dotnet run -c Release.");

        var results = new List<BenchResult>();
        switch (options.Command)
        {
            case "ingest-http":
                results.AddRange(await new IngestHttpBenchmark(options).RunAsync());
                break;
            case "ingest-raw":
                results.AddRange(await new IngestRawBenchmark(options).RunAsync(null));
                break;
            case "cold-start":
                results.AddRange(await new ColdStartBenchmark(options).RunAsync());
                break;
            case "demo-seed":
                results.AddRange(await new DemoSeedBenchmark(options).RunAsync());
                break;
            case "demo-seed-r1":
                results.AddRange(await new DemoSeedR1Benchmark(options).RunAsync());
                break;
            case "queries-r1":
                results.AddRange(await new EventQueriesBenchmark(options).RunAsync());
                break;
            case "identity-r1":
                results.AddRange(await new IdentityR1Benchmark(options).RunAsync());
                break;
            case "duplicates":
                results.AddRange(await new DuplicatesBenchmark(options).RunAsync());
                break;
            case "segments-r1":
                results.AddRange(await new SegmentsR1Benchmark(options).RunAsync());
                break;
            case "funnels-r1":
                results.AddRange(await new FunnelsR1Benchmark(options).RunAsync());
                break;
            case "paths-r1":
                results.AddRange(await new PathsR1Benchmark(options).RunAsync());
                break;
            case "crm-r1":
                results.AddRange(await new CrmR1Benchmark(options).RunAsync());
                break;
            case "economics-r1":
                results.AddRange(await new EconomicsR1Benchmark(options).RunAsync());
                break;
            case "destinations-r1":
                results.AddRange(await new DestinationsR1Benchmark(options).RunAsync());
                break;
            case "retention":
                results.AddRange(await new RetentionBenchmark(options).RunAsync());
                break;
            case "clv-fit":
                results.AddRange(await new ClvFitBenchmark(options).RunAsync());
                break;
            case "event-stream":
                results.AddRange(await new EventStreamBenchmark(options).RunAsync());
                break;
            case "deletion-r1":
                results.AddRange(await new DeletionR1Benchmark(options).RunAsync());
                break;
            case "suppression":
                results.AddRange(await new SuppressionBenchmark(options).RunAsync());
                break;
            case "subject-access":
                results.AddRange(await new SubjectAccessBenchmark(options).RunAsync());
                break;
            case "all":
                await RunAllAsync(options, results);
                break;
            default:
                Console.Error.WriteLine($"Unknown command '{options.Command}'.");
                Console.Error.WriteLine(BenchOptions.Usage);
                return 2;
        }

        SummaryTable.Print(results);
        return results.Any(r => r.Pass == false) ? 1 : 0;
    }

    private static async Task RunAllAsync(BenchOptions options, List<BenchResult> results)
    {
        results.AddRange(await new ColdStartBenchmark(options).RunAsync());
        Console.WriteLine();
        var http = new IngestHttpBenchmark(options);
        results.AddRange(await http.RunAsync());
        Collect();
        Console.WriteLine();
        results.AddRange(await new IngestRawBenchmark(options).RunAsync(http.MessagesPerSecond));
        Collect();
        if (!options.Live)
        {
            // The same load with live timestamps: what the demo's 12-month spread of timestamps costs the store.
            Console.WriteLine();
            results.AddRange(await new IngestHttpBenchmark(options.WithLive(true)).RunAsync());
            Collect();
        }

        Console.WriteLine();
        // demo-seed runs the portal's default (5,000 people) even when --people is given for R1.
        results.AddRange(await new DemoSeedBenchmark(options.WithPeople(0)).RunAsync());
        if (options.R1)
        {
            Console.WriteLine();
            results.AddRange(await new DemoSeedR1Benchmark(options).RunAsync());
        }
    }

    // The prepared request bodies (a few GB) must not weigh on the next benchmark.
    private static void Collect()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
