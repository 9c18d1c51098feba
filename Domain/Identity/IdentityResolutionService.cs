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

    public async Task<IdentityRunResult> RunIncrementalAsync(IJobProgress? progress, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var clock = Stopwatch.StartNew();
            var extractor = new IdentifierExtractor(new IdentifierNormalizer(await rules.GetAsync(cancellationToken)));
            var allRaw = NeedsRaw(extractor.Rules);
            var watermark = await writer.WatermarkAsync(cancellationToken);
            var last = await events.LastEventIdAsync(cancellationToken);
            var start = watermark;
            var totals = new IdentityRunResult(0, 0, 0, 0, watermark, TimeSpan.Zero);
            while (watermark < last)
            {
                var batch = await events.ReadAsync(watermark, _batchSize, allRaw, cancellationToken);
                if (batch.Count == 0)
                    break;
                var graph = await store.LoadAsync(KeysOf(batch, extractor), cancellationToken);
                var resolver = new IdentityResolver(extractor, graph);
                foreach (var e in batch)
                    resolver.Process(e);
                await writer.SaveAsync(resolver.Changes, graph, expectedWatermark: watermark, cancellationToken);
                watermark = resolver.Changes.LastEventId;
                totals = Add(totals, batch.Count, resolver.Changes, watermark);
                if (progress is not null)
                    await progress.ReportAsync((double)(watermark - start) / Math.Max(1, last - start),
                        $"{totals.EventsProcessed:N0} events resolved", cancellationToken);
            }

            return totals with { Elapsed = clock.Elapsed };
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets every profile and resolves all events again (after a rule change, or to verify).</summary>
    public async Task<IdentityRunResult> RebuildAsync(IJobProgress? progress, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var clock = Stopwatch.StartNew();
            var extractor = new IdentifierExtractor(new IdentifierNormalizer(await rules.GetAsync(cancellationToken)));
            var last = await events.LastEventIdAsync(cancellationToken);
            var graph = new IdentityGraph(1);
            var resolver = new IdentityResolver(extractor, graph);
            var count = 0;
            await foreach (var e in events.StreamAsync(last, NeedsRaw(extractor.Rules), cancellationToken))
            {
                resolver.Process(e);
                if (++count % 250_000 == 0 && progress is not null)
                    await progress.ReportAsync(0.8 * e.EventId / Math.Max(1, last), $"{count:N0} events resolved", cancellationToken);
            }

            if (progress is not null)
                await progress.ReportAsync(0.8, "Saving profiles", cancellationToken);
            await writer.SaveAsync(resolver.Changes, graph, expectedWatermark: null, cancellationToken);
            return Add(new IdentityRunResult(0, 0, 0, 0, 0, TimeSpan.Zero), count, resolver.Changes, resolver.Changes.LastEventId)
                with { Elapsed = clock.Elapsed };
        }
        finally
        {
            _gate.Release();
        }
    }

    private static bool NeedsRaw(IdentityRules rules) =>
        rules.Types.Any(t => t.Enabled && !IdentifierTypes.IsBuiltIn(t.Type) && t.Keys.Count > 0);

    /// <summary>Every identifier the batch could look up, alias previousIds both as a userId and as an anonymousId.</summary>
    private static HashSet<IdentifierKey> KeysOf(List<IdentityEvent> batch, IdentifierExtractor extractor)
    {
        var keys = new HashSet<IdentifierKey>();
        foreach (var e in batch)
        {
            keys.UnionWith(extractor.Extract(e));
            if (e.PreviousId is not null)
            {
                if (extractor.KeyOf(IdentifierTypes.UserId, e.PreviousId) is { } asUser)
                    keys.Add(asUser);
                if (extractor.KeyOf(IdentifierTypes.AnonymousId, e.PreviousId) is { } asAnonymous)
                    keys.Add(asAnonymous);
            }
        }

        return keys;
    }

    private static IdentityRunResult Add(IdentityRunResult totals, int events, IdentityChangeSet changes, long watermark) =>
        totals with
        {
            EventsProcessed = totals.EventsProcessed + events,
            ProfilesCreated = totals.ProfilesCreated + changes.Created.Count,
            Merges = totals.Merges + changes.Merges.Count,
            Conflicts = totals.Conflicts + changes.Conflicts.Count,
            Watermark = watermark,
        };
}
