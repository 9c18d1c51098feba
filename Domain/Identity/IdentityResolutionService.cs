using System.Diagnostics;
using Lodestar.Domain.Operations;
using Microsoft.Extensions.Options;

namespace Lodestar.Domain.Identity;

/// <summary>
/// Runs the resolver over stored events: incrementally from the watermark (batch by batch, each batch committed with
/// its watermark) or as a full rebuild that replaces everything derived. Both process events in id order through the
/// same resolver, so they give the same profiles.
/// </summary>
public sealed class IdentityResolutionService(
    IdentityRulesService rules, IdentityEventReader events, IdentityStore store, IdentityChangeWriter writer,
    IOptions<IdentityOptions> options)
{
    private readonly int _batchSize = Math.Max(1, options.Value.BatchSize);

    // One run at a time in this process; across processes the job's distributed lock and the watermark check apply.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public Task<IdentityRunResult> RunIncrementalAsync(IJobProgress? progress, CancellationToken cancellationToken) =>
        ExclusiveAsync(async extractor =>
        {
            var watermark = await writer.WatermarkAsync(cancellationToken);
            var last = await events.LastEventIdAsync(cancellationToken);
            var start = watermark;
            var totals = IdentityRunResult.None with { Watermark = watermark };
            while (watermark < last)
            {
                var batch = await events.ReadAsync(watermark, _batchSize, extractor.Rules.NeedsRawMessages, cancellationToken);
                if (batch.Count == 0)
                    break;
                var graph = await store.LoadAsync(extractor.LookupKeys(batch), cancellationToken);
                var resolver = new IdentityResolver(extractor, graph);
                foreach (var e in batch)
                    resolver.Process(e);
                await writer.SaveAsync(resolver.Changes, graph, expectedWatermark: watermark, cancellationToken);
                watermark = resolver.Changes.LastEventId;
                totals = totals.Plus(batch.Count, resolver.Changes, watermark);
                if (progress is not null)
                    await progress.ReportAsync((double)(watermark - start) / Math.Max(1, last - start),
                        $"{totals.EventsProcessed:N0} events resolved", cancellationToken);
            }

            return totals;
        }, cancellationToken);

    /// <summary>Forgets every profile and resolves all events again (after a rule change, or to verify).</summary>
    public Task<IdentityRunResult> RebuildAsync(IJobProgress? progress, CancellationToken cancellationToken) =>
        ExclusiveAsync(async extractor =>
        {
            var last = await events.LastEventIdAsync(cancellationToken);
            var graph = new IdentityGraph(1);
            var resolver = new IdentityResolver(extractor, graph);
            var count = 0;
            await foreach (var e in events.StreamAsync(last, extractor.Rules.NeedsRawMessages, cancellationToken))
            {
                resolver.Process(e);
                if (++count % 250_000 == 0 && progress is not null)
                    await progress.ReportAsync(0.8 * e.EventId / Math.Max(1, last), $"{count:N0} events resolved", cancellationToken);
            }

            if (progress is not null)
                await progress.ReportAsync(0.8, "Saving profiles", cancellationToken);
            await writer.SaveAsync(resolver.Changes, graph, expectedWatermark: null, cancellationToken);
            return IdentityRunResult.None.Plus(count, resolver.Changes, resolver.Changes.LastEventId);
        }, cancellationToken);

    /// <summary>Runs one pass with the rules in force, alone, timed.</summary>
    private async Task<IdentityRunResult> ExclusiveAsync(Func<IdentifierExtractor, Task<IdentityRunResult>> run, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var clock = Stopwatch.StartNew();
            var extractor = new IdentifierExtractor(new IdentifierNormalizer(await rules.GetAsync(cancellationToken)));
            return await run(extractor) with { Elapsed = clock.Elapsed };
        }
        finally
        {
            _gate.Release();
        }
    }
}
