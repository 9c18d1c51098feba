using System.Diagnostics;
using Lodestar.Domain.Data;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Privacy.Deletion;
using Lodestar.Domain.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Benchmarks;

/// <summary>
/// Erasure at R1: on a copy of the resolved R1 database, a person with 10,000 events (<see cref="DeletionR1Subject"/>)
/// is stored and resolved, then one deletion request by email is processed as the privacy-deletion job does it —
/// identity catch-up, footprint through the graph, suppression, every store erased in batches, the sweep, the receipt.
/// Then the suppression check of <see cref="SuppressionBenchmark"/>.
/// </summary>
public sealed class DeletionR1Benchmark(BenchOptions options)
{
    private const int SubjectEvents = 10_000;

    public async Task<IReadOnlyList<BenchResult>> RunAsync()
    {
        var results = new List<BenchResult>();
        using (var folder = new TempFolder("deletion-r1", options.Keep))
        {
            var file = folder.File("r1.db");
            await using var provider = await ResolvedR1.OpenAsync(options, file);
            var source = await provider.GetRequiredService<SourceService>().EnsureAsync("Benchmark", CancellationToken.None);
            var stored = Stopwatch.StartNew();
            await DeletionR1Subject.StoreAsync(file, source.Id, SubjectEvents);
            var resolved = await provider.GetRequiredService<IdentityResolutionService>().RunIncrementalAsync(null, CancellationToken.None);
            Console.WriteLine($"  == deletion-r1: {await BenchDatabase.CountEventsAsync(file):N0} events; the subject's {SubjectEvents:N0} stored and resolved " +
                              $"({resolved.EventsProcessed:N0} events) in {stored.Elapsed.TotalSeconds:N1} s, not timed");

            var (request, _) = await provider.GetRequiredService<DeletionRequestService>().FileAsync("email", DeletionR1Subject.Email, "delete", "bench", CancellationToken.None);
            await MachineLoad.WaitForQuietAsync(options.QuietWait);
            var watch = Stopwatch.StartNew();
            var done = await provider.GetRequiredService<DeletionService>().ProcessAsync(request.Id, null, null, CancellationToken.None);
            var seconds = watch.Elapsed.TotalSeconds;
            var receipt = done.Receipt;
            Console.WriteLine($"  deletion: {done.Status} in {seconds:N2} s — {receipt.Events:N0} events, {receipt.Profiles} profiles, {receipt.RowsRemoved:N0} rows; " +
                              $"{receipt.Suppressed.Count} identifiers suppressed (load {MachineLoad.LoadAverage()})");
            foreach (var line in receipt.Stores.Where(s => s.Rows > 0))
                Console.WriteLine($"    {line.Store,-28} {line.Action,-12} {line.Rows,10:N0}");
            if (done.Status != DeletionStatus.Completed || receipt.Events < SubjectEvents || await LeftAsync(provider) is var left && left > 0)
                throw new InvalidOperationException($"The erasure is incomplete: status {done.Status}, {receipt.Events:N0} events erased.");
            results.Add(BenchResult.Below($"deletion-r1 person with {SubjectEvents:N0} events, by email", seconds, 5, "s", "N2"));
        }

        results.AddRange(await new SuppressionBenchmark(options).RunAsync());
        return results;
    }

    /// <summary>The subject's events still stored under either of their ids.</summary>
    private static async Task<int> LeftAsync(ServiceProvider provider)
    {
        await using var db = await provider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.Events.CountAsync(e => e.UserId == DeletionR1Subject.UserId || e.AnonymousId == DeletionR1Subject.AnonymousId);
    }
}
