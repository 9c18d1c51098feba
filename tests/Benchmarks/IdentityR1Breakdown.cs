using System.Diagnostics;
using Lodestar.Domain.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Lodestar.Benchmarks;

/// <summary>
/// Where a rebuild's and an incremental run's time goes: the same steps as <see cref="IdentityResolutionService"/>
/// (reader → store → resolver → change writer) called one by one and timed. Runs when identity-r1 misses a target
/// (or with IDENTITY_R1_BREAKDOWN=1); it changes the database exactly as the service would.
/// </summary>
public sealed class IdentityR1Breakdown(IServiceProvider services, IdentityR1Traffic traffic, string file)
{
    private readonly IdentityRulesService _rules = services.GetRequiredService<IdentityRulesService>();
    private readonly IdentityEventReader _events = services.GetRequiredService<IdentityEventReader>();
    private readonly IdentityStore _store = services.GetRequiredService<IdentityStore>();
    private readonly IdentityChangeWriter _writer = services.GetRequiredService<IdentityChangeWriter>();
    private readonly int _batchSize = services.GetRequiredService<IOptions<IdentityOptions>>().Value.BatchSize;

    public async Task RunAsync(int round, DateTime start, int newEvents)
    {
        Console.WriteLine("  time breakdown (service steps called one by one):");
        await RebuildAsync();
        await traffic.AppendAsync(file, round, newEvents, start);
        await IncrementalAsync();
    }

    /// <summary>
    /// Reads all events once without resolving (the read alone), then as the service does, reading and resolving in one
    /// stream (resolve = the difference), then saves. Collecting the events in a list instead would add GC work to both.
    /// </summary>
    private async Task RebuildAsync()
    {
        var ct = CancellationToken.None;
        var watch = Stopwatch.StartNew();
        var extractor = new IdentifierExtractor(new IdentifierNormalizer(await _rules.GetAsync(ct)));
        var last = await _events.LastEventIdAsync(ct);
        var allRaw = extractor.Rules.NeedsRawMessages;
        var setup = Lap(watch);
        var count = 0;
        await foreach (var _ in _events.StreamAsync(last, allRaw, ct))
            count++;
        var read = Lap(watch);
        var graph = new IdentityGraph(1);
        var resolver = new IdentityResolver(extractor, graph, IdentitySeparations.None);
        await foreach (var e in _events.StreamAsync(last, allRaw, ct))
            resolver.Process(e);
        var readAndResolve = Lap(watch);
        var changes = resolver.Changes;
        await _writer.SaveAsync(changes, graph, expectedWatermark: null, ct);
        var write = Lap(watch);
        Console.WriteLine($"    rebuild ({count:N0} events): read alone {read:N2} s; read + resolve {readAndResolve:N2} s " +
                          $"(resolve ≈ {readAndResolve - read:N2} s); write {write:N2} s — as the service: {setup + readAndResolve + write:N1} s");
        Console.WriteLine($"      wrote {changes.Touched.Count:N0} profiles, {changes.NewIdentifiers.Count:N0} identifiers, " +
                          $"{changes.Assignments.Count:N0} event links, {changes.Merges.Count:N0} merges, {changes.Conflicts.Count:N0} conflicts, " +
                          $"{graph.Profiles.Values.Sum(p => p.Traits.Count):N0} traits");
    }

    private async Task IncrementalAsync()
    {
        var ct = CancellationToken.None;
        var watch = Stopwatch.StartNew();
        var extractor = new IdentifierExtractor(new IdentifierNormalizer(await _rules.GetAsync(ct)));
        var allRaw = extractor.Rules.NeedsRawMessages;
        var watermark = await _writer.WatermarkAsync(ct);
        var last = await _events.LastEventIdAsync(ct);
        double setup = Lap(watch), read = 0, load = 0, resolve = 0, write = 0;
        int events = 0, loaded = 0, touched = 0, created = 0, merges = 0;
        while (watermark < last)
        {
            var batch = await _events.ReadAsync(watermark, _batchSize, allRaw, ct);
            if (batch.Count == 0)
                break;
            read += Lap(watch);
            var graph = await _store.LoadAsync(extractor.LookupKeys(batch), ct);
            loaded += graph.Profiles.Count;
            load += Lap(watch);
            var resolver = new IdentityResolver(extractor, graph, IdentitySeparations.None);
            foreach (var e in batch)
                resolver.Process(e);
            resolve += Lap(watch);
            await _writer.SaveAsync(resolver.Changes, graph, expectedWatermark: watermark, ct);
            write += Lap(watch);
            watermark = resolver.Changes.LastEventId;
            events += batch.Count;
            touched += resolver.Changes.Touched.Count;
            created += resolver.Changes.Created.Count;
            merges += resolver.Changes.Merges.Count;
        }

        Console.WriteLine($"    incremental ({events:N0} events): setup {setup:N3} s, read {read:N3} s, load graph {load:N3} s " +
                          $"({loaded:N0} profiles), resolve {resolve:N3} s, write {write:N3} s ({touched:N0} profiles touched, " +
                          $"{touched - created:N0} of them stored before, {merges:N0} merges) — total {setup + read + load + resolve + write:N3} s");
    }

    private static double Lap(Stopwatch watch)
    {
        var seconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        return seconds;
    }
}
