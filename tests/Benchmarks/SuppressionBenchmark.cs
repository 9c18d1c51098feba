using System.Diagnostics;
using System.Text;
using Lodestar.Domain.Data;
using Lodestar.Domain.Events;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Ingestion;
using Lodestar.Domain.Privacy.Suppression;
using Lodestar.Domain.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Benchmarks;

/// <summary>
/// What the suppression list costs ingestion, with a list of <see cref="ListSize"/> identifiers (about 25,000 erased
/// people): the check itself, message by message, over <see cref="Messages"/> realistic messages (1 % carry a
/// suppressed identifier); then the tracking API's IngestionService on a fresh database, batches of 100, without and
/// with the list.
/// </summary>
public sealed class SuppressionBenchmark(BenchOptions options)
{
    private const int ListSize = 100_000;
    private const int Messages = 200_000;
    private const int IngestBatches = 400;
    private const int PerBatch = 100;

    public async Task<IReadOnlyList<BenchResult>> RunAsync()
    {
        var keys = SuppressionBenchData.SuppressedKeys(ListSize);
        var snapshot = new SuppressionSnapshot(keys.Select(k => (k.Type, SuppressionHasher.Hex(k))), IdentityRules.Default);
        var events = SuppressionBenchData.Normalize(SuppressionBenchData.Bodies(Messages / PerBatch, PerBatch, keys, "check"), 1);
        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        var dropped = 0;
        var micros = new double[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            if (snapshot.Carries(events[i]))
                dropped++;
            micros[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        var check = new LatencyStats(micros);
        Console.WriteLine($"  == suppression: list of {snapshot.Count:N0}; check of {events.Count:N0} messages ({dropped:N0} carry a suppressed identifier): " +
                          $"p50 {check.P50:N2} / p99 {check.P99:N2} / max {check.Max:N0} µs (load {MachineLoad.LoadAverage()})");

        var (without, with) = await IngestAsync(keys);
        var added = with.P99 - without.P99;
        Console.WriteLine($"  IngestionService, {IngestBatches} batches of {PerBatch}: without the list p50 {without.P50:N2} / p99 {without.P99:N2} ms, " +
                          $"with it p50 {with.P50:N2} / p99 {with.P99:N2} ms (load {MachineLoad.LoadAverage()})");
        return
        [
            BenchResult.Below($"suppression check per message, list of {ListSize:N0}, p99", check.P99 / 1000, 1, "ms", "N4"),
            BenchResult.Info($"ingestion batch of {PerBatch} p99 without / with the list", $"{without.P99:N2} / {with.P99:N2} ms (added {added:N2} ms)"),
        ];
    }

    /// <summary>The same traffic twice on one fresh database (new messageIds the second time), without and then with the list.</summary>
    private async Task<(LatencyStats Without, LatencyStats With)> IngestAsync(IReadOnlyList<IdentifierKey> keys)
    {
        using var folder = new TempFolder("suppression", options.Keep);
        var file = folder.File("suppression.db");
        await BenchDatabase.CreateAsync(file, CancellationToken.None);
        await using var provider = SegmentsR1Benchmark.BuildProvider(file);
        var source = await provider.GetRequiredService<SourceService>().EnsureAsync("Benchmark", CancellationToken.None);
        var ingestion = provider.GetRequiredService<IngestionService>();
        // The portal's group-commit writer, a hosted service there: started by hand outside a host.
        var writer = provider.GetRequiredService<EventBatchWriter>();
        await writer.StartAsync(CancellationToken.None);
        try
        {
            return await WithoutAndWithAsync(provider, ingestion, keys, source.WriteKey);
        }
        finally
        {
            await writer.StopAsync(CancellationToken.None);
        }
    }

    private async Task<(LatencyStats Without, LatencyStats With)> WithoutAndWithAsync(ServiceProvider provider, IngestionService ingestion,
        IReadOnlyList<IdentifierKey> keys, string writeKey)
    {
        var without = await TimeBatchesAsync(ingestion, SuppressionBenchData.Bodies(IngestBatches, PerBatch, keys, "without"), writeKey);

        var contexts = provider.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        // In parts: one erasure stages a person's few identifiers, not a whole list in one query.
        foreach (var part in keys.Chunk(1_000))
        {
            await using var db = await contexts.CreateDbContextAsync();
            await SuppressionService.StageAsync(db, part, null, "bench", DateTime.UtcNow, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        var list = await provider.GetRequiredService<SuppressionService>().ReloadAsync(CancellationToken.None);
        if (list.Count != keys.Count)
            throw new InvalidOperationException($"The suppression list holds {list.Count:N0} identifiers, not {keys.Count:N0}.");
        var with = await TimeBatchesAsync(ingestion, SuppressionBenchData.Bodies(IngestBatches, PerBatch, keys, "with"), writeKey);
        return (without, with);
    }

    private async Task<LatencyStats> TimeBatchesAsync(IngestionService ingestion, IReadOnlyList<byte[]> bodies, string writeKey)
    {
        await MachineLoad.WaitForQuietAsync(options.QuietWait);
        var millis = new List<double>(bodies.Count);
        foreach (var body in bodies)
        {
            var start = Stopwatch.GetTimestamp();
            var result = await ingestion.IngestAsync(new TrackingRequest(TrackingRoute.Batch, body, writeKey, "127.0.0.1"), CancellationToken.None);
            millis.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            if (result.Error != IngestionError.None)
                throw new InvalidOperationException($"Ingestion refused a generated batch: {result.Message}");
        }

        // The first batches warm the JIT and the caches.
        return new LatencyStats(millis.Skip(20));
    }
}
