using System.Diagnostics;
using Lodestar.Domain;
using Lodestar.Domain.Events;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lodestar.Benchmarks;

/// <summary>
/// The read side at R1 (about 5M events): the Overview's numbers and the event debugger's queries, through the same
/// Domain services the portal calls. Each query runs once to warm the page cache, then five times; prints median and max.
/// </summary>
public sealed class EventQueriesBenchmark(BenchOptions options)
{
    private const int Runs = 5;

    public async Task<IReadOnlyList<BenchResult>> RunAsync()
    {
        using var folder = options.Database is null ? new TempFolder("queries-r1", options.Keep) : null;
        var file = options.Database ?? folder!.File("r1.db");
        if (options.Database is null)
            await new DemoSeedR1Benchmark(options).StoreAsync(file);
        Console.WriteLine($"== queries-r1: {await BenchDatabase.CountEventsAsync(file):N0} events in {file} ==");

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = BenchDatabase.ConnectionString(file) })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddDomain(configuration, Path.GetDirectoryName(file)!);
        await using var provider = services.BuildServiceProvider();
        var overview = provider.GetRequiredService<EventOverviewService>();
        var events = provider.GetRequiredService<EventQueryService>();
        var rareUser = $"user-{0:D7}";
        var firstWindow = await events.ListAsync(new EventQuery(User: rareUser), CancellationToken.None);

        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        return
        [
            await MeasureAsync("overview (counts, 30-day chart)", () => overview.GetAsync(CancellationToken.None)),
            await MeasureAsync("debugger newest 50", () => events.ListAsync(new EventQuery(), CancellationToken.None)),
            await MeasureAsync("debugger type=identify", () => events.ListAsync(new EventQuery(Type: MessageType.Identify), CancellationToken.None)),
            await MeasureAsync("debugger event=Order Refunded", () => events.ListAsync(new EventQuery(Name: "Order Refunded"), CancellationToken.None)),
            await MeasureAsync("debugger user (rare), 200k window", () => events.ListAsync(new EventQuery(User: rareUser), CancellationToken.None)),
            await MeasureAsync("debugger user, next window", () =>
                events.ListAsync(new EventQuery(User: rareUser, BeforeId: firstWindow.NextBefore), CancellationToken.None)),
        ];
    }

    private static async Task<BenchResult> MeasureAsync<T>(string name, Func<Task<T>> query)
    {
        await query();
        var times = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await query();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"  {name,-36} median {times[Runs / 2],8:N1} ms   max {times[^1],8:N1} ms");
        return BenchResult.Info("queries-r1 " + name, $"{times[Runs / 2]:N0} ms median");
    }
}
