using System.Diagnostics;
using Lodestar.Domain.Data;
using Lodestar.Domain.Operations;
using Lodestar.Domain.Segments.Facts;
using Microsoft.Extensions.Options;

namespace Lodestar.Domain.Identity;

/// <summary>
/// Runs the resolver over stored events: incrementally from the watermark (batch by batch, each batch committed with
/// its watermark) or as a full rebuild that replaces everything derived. Both process events in id order through the
/// same resolver, with admins' links at the point they were made, so they give the same profiles.
/// </summary>
public sealed class IdentityResolutionService(
    IdentityRulesService rules, IdentityEventReader events, IdentityStore store, IdentityChangeWriter writer,
    IOptions<IdentityOptions> options, SegmentEventSyncService segmentEvents)
{
    private readonly int _batchSize = Math.Max(1, options.Value.BatchSize);

    // One run at a time in this process; across processes the job's distributed lock and the watermark check apply.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public Task<IdentityRunResult> RunIncrementalAsync(IJobProgress? progress, CancellationToken cancellationToken) =>
        ExclusiveAsync(async setup =>
        {
            var watermark = await writer.WatermarkAsync(cancellationToken);
            var last = await events.LastEventIdAsync(cancellationToken);
            var start = watermark;
            var totals = IdentityRunResult.None with { Watermark = watermark };
            while (watermark < last)
            {
                var batch = await events.ReadAsync(watermark, _batchSize, setup.Extractor.Rules.NeedsRawMessages, cancellationToken);
                if (batch.Count == 0)
                    break;
                var graph = await store.LoadAsync(setup.Extractor.LookupKeys(batch), cancellationToken);
                var resolver = setup.ResolverFor(graph);
                foreach (var e in batch)
                    resolver.Process(e);
                await writer.SaveAsync(resolver.Changes, graph, expectedWatermark: watermark, cancellationToken);
                watermark = resolver.Changes.LastEventId;
                totals = totals.Plus(batch.Count, resolver.Changes, watermark);
                if (progress is not null)
                    await progress.ReportAsync((double)(watermark - start) / Math.Max(1, last - start),
                        $"{totals.EventsProcessed:N0} events resolved", cancellationToken);
            }

            await segmentEvents.CatchUpAsync(cancellationToken);
            return totals;
        }, cancellationToken);

    /// <summary>Forgets every profile and resolves all events again (after a rule change or an unmerge, or to verify).</summary>
    public Task<IdentityRunResult> RebuildAsync(IJobProgress? progress, CancellationToken cancellationToken) =>
        ExclusiveAsync(async setup =>
        {
            var (resolver, graph, count) = await ResolveAllAsync(setup, progress, 0.8, cancellationToken);
            if (progress is not null)
                await progress.ReportAsync(0.8, "Saving profiles", cancellationToken);
            await writer.SaveAsync(resolver.Changes, graph, expectedWatermark: null, cancellationToken);
            return IdentityRunResult.None.Plus(count, resolver.Changes, resolver.Changes.LastEventId);
        }, cancellationToken);

    /// <summary>
    /// Brings the segment events up to date with the profiles, under the same lock as the runs that change them. After
    /// a rebuild this retakes every row's profile (about a minute and a half at R1), so the rebuild job calls it after
    /// the rebuild has committed instead of making the rebuild itself that much longer.
    /// </summary>
    public async Task<int> CatchUpSegmentEventsAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await segmentEvents.CatchUpAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Resolves every stored event with other rules, in memory, changing nothing (a dry run).</summary>
    public async Task<(IdentityGraph Graph, long Events)> PreviewAsync(IdentityRules candidate, CancellationToken cancellationToken)
    {
        var setup = IdentitySetup.Of(candidate, await store.OverridesAsync(cancellationToken));
        var (_, graph, count) = await ResolveAllAsync(setup, null, 1, cancellationToken);
        return (graph, count);
    }

    /// <summary>
    /// Merges the profiles holding a link's two identifiers now, at the current watermark, which the link records so
    /// that rebuilds apply it at the same point. <paramref name="stage"/> adds the caller's rows to the same transaction.
    /// </summary>
    /// <exception cref="DomainValidationException">An identifier is unknown, or a limit or an unmerge forbids the merge.</exception>
    public Task<IdentityRunResult> LinkAsync(IdentityOverride link, Action<PortalDbContext> stage, CancellationToken cancellationToken) =>
        ExclusiveAsync(async setup =>
        {
            var watermark = await writer.WatermarkAsync(cancellationToken);
            link.AfterEventId = watermark;
            var graph = await store.LoadAsync([link.Left, link.Right], cancellationToken);
            if (graph.OwnerOf(link.Left) is null || graph.OwnerOf(link.Right) is null)
                throw new DomainValidationException("link", $"No profile holds {(graph.OwnerOf(link.Left) is null ? link.Left : link.Right)} any more; the profiles have changed since the decision was prepared.");
            var resolver = setup.ResolverFor(graph);
            if (resolver.Link(link) is { } reason)
                throw new DomainValidationException("link", $"These profiles cannot be merged: {reason}.");
            resolver.Changes.LastEventId = watermark;
            resolver.Changes.Stage = db =>
            {
                db.IdentityOverrides.Add(link);
                stage(db);
            };
            await writer.SaveAsync(resolver.Changes, graph, expectedWatermark: watermark, cancellationToken);
            return IdentityRunResult.None.Plus(0, resolver.Changes, watermark);
        }, cancellationToken);

    private async Task<(IdentityResolver Resolver, IdentityGraph Graph, int Count)> ResolveAllAsync(
        IdentitySetup setup, IJobProgress? progress, double share, CancellationToken cancellationToken)
    {
        var last = await events.LastEventIdAsync(cancellationToken);
        var graph = new IdentityGraph(1);
        var resolver = setup.ResolverFor(graph);
        var links = setup.Links;
        var nextLink = 0;
        var count = 0;
        await foreach (var e in events.StreamAsync(last, setup.Extractor.Rules.NeedsRawMessages, cancellationToken))
        {
            while (nextLink < links.Count && links[nextLink].AfterEventId < e.EventId)
                resolver.Link(links[nextLink++]);
            resolver.Process(e);
            if (++count % 250_000 == 0 && progress is not null)
                await progress.ReportAsync(share * e.EventId / Math.Max(1, last), $"{count:N0} events resolved", cancellationToken);
        }

        while (nextLink < links.Count)
            resolver.Link(links[nextLink++]);
        return (resolver, graph, count);
    }

    /// <summary>
    /// Runs work that changes the identity graph from outside resolution (a privacy erasure) while no run, link or rebuild
    /// is in progress in this process, so that none of them writes back a profile the work has just removed.
    /// </summary>
    public async Task<T> ExcludingRunsAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await work();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs one pass with the rules and decisions in force, alone, timed.</summary>
    private async Task<IdentityRunResult> ExclusiveAsync(Func<IdentitySetup, Task<IdentityRunResult>> run, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var clock = Stopwatch.StartNew();
            var setup = IdentitySetup.Of(await rules.GetAsync(cancellationToken), await store.OverridesAsync(cancellationToken));
            return await run(setup) with { Elapsed = clock.Elapsed };
        }
        finally
        {
            _gate.Release();
        }
    }
}
