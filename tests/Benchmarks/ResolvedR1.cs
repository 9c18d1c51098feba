using Lodestar.Domain.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Benchmarks;

/// <summary>A copy of the R1 database, migrated, resolved and with SegmentEvents filled (only what a kept copy lacks is done), for the benchmarks that read it.</summary>
internal static class ResolvedR1
{
    public static async Task<ServiceProvider> OpenAsync(BenchOptions options, string file)
    {
        await new IdentityR1Benchmark(options).PrepareAsync(file);
        await BenchDatabase.CreateAsync(file, CancellationToken.None);
        var provider = SegmentsR1Benchmark.BuildProvider(file);
        var identity = provider.GetRequiredService<IdentityResolutionService>();
        await identity.RunIncrementalAsync(null, CancellationToken.None);
        var filled = await identity.CatchUpSegmentEventsAsync(CancellationToken.None);
        if (filled > 0)
            Console.WriteLine($"  SegmentEvents filled: {filled:N0} rows");
        return provider;
    }
}
