using System.Globalization;
using Lodestar.Domain.Data;
using Lodestar.Domain.Ingestion;
using Lodestar.Domain.Operations;
using Lodestar.Domain.Settings;
using Lodestar.Domain.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lodestar.Domain.Demo;

/// <summary>
/// Fills the workspace with the demo data through the same normalisation and writer as the tracking API.
/// Safe to run twice or after a crash: the anchor time is stored once and message ids are stable, so a second run
/// only adds what the first did not commit.
/// </summary>
public sealed class DemoSeedService(
    IDbContextFactory<PortalDbContext> contexts,
    SourceService sources,
    AppSettingsStore settings,
    IEventWriter writer,
    IOptions<DemoOptions> options,
    DemoCrmSeeder crm,
    Economics.Spend.MarketingSpendService spend,
    TimeProvider time)
{
    public const string SourceName = "Demo web store";
    private const string AnchorKey = "demo.anchor";
    private const string CompletedKey = "demo.completedAt";
    private const int InFlightBatches = 4;

    /// <summary>True when the demo should be (re)started now: asked for, and the database holds no other data.</summary>
    public async Task<bool> IsWantedAsync(bool seedByDefault, CancellationToken cancellationToken)
    {
        if (!(options.Value.Seed ?? seedByDefault))
            return false;
        if (await settings.GetAsync(AnchorKey, cancellationToken) is not null)
            return await settings.GetAsync(CompletedKey, cancellationToken) is null;
        await using var db = contexts.CreateDbContext();
        return !await db.Events.AnyAsync(cancellationToken);
    }

    public async Task SeedAsync(IJobProgress progress, CancellationToken cancellationToken)
    {
        var anchor = await GetOrSetAnchorAsync(cancellationToken);
        var source = await sources.EnsureAsync(SourceName, cancellationToken);
        var generator = new DemoDataGenerator(options.Value.People, options.Value.RandomSeed, anchor);
        var normalizer = new MessageNormalizer();
        var inFlight = new Queue<Task<EventWriteResult>>();
        var messages = 0;
        var lastReport = DateTime.MinValue;
        foreach (var batch in generator.Batches(1_000))
        {
            var stamp = new IngestionStamp(time.GetUtcNow().UtcDateTime, null, source.Id);
            using (var payload = TrackingPayload.Parse(batch.Body, TrackingRoute.Batch))
            {
                if (!normalizer.TryNormalizeAll(payload, null, stamp, out var events, out var refusal))
                    throw new InvalidOperationException($"The demo generator wrote a message the tracking API refuses: {refusal.Message}");
                inFlight.Enqueue(writer.WriteAsync(events, cancellationToken));
            }

            if (inFlight.Count >= InFlightBatches)
                await inFlight.Dequeue();
            messages += batch.Messages;
            if (time.GetUtcNow().UtcDateTime - lastReport > TimeSpan.FromSeconds(1))
            {
                lastReport = time.GetUtcNow().UtcDateTime;
                await progress.ReportAsync((double)batch.PeopleDone / generator.People,
                    $"Generated {batch.PeopleDone:N0} of {generator.People:N0} people ({messages:N0} events).", cancellationToken);
            }
        }

        while (inFlight.Count > 0)
            await inFlight.Dequeue();
        await progress.ReportAsync(0.99, "Adding the sales team's contacts, accounts and deals, and the marketing spend.", cancellationToken);
        await crm.SeedAsync(options.Value.RandomSeed, cancellationToken);
        await SeedSpendAsync(generator.People, anchor, cancellationToken);
        await settings.SetAsync(CompletedKey, Iso(time.GetUtcNow().UtcDateTime), cancellationToken);
        await progress.ReportAsync(1, $"The demo workspace is ready: {generator.People:N0} people, {messages:N0} events.", cancellationToken);
    }

    /// <summary>
    /// Once: the rows go in as one batch (all or none), so finding the first of them means a rerun after a crash has
    /// nothing to add. Spend someone else recorded does not stop the demo's.
    /// </summary>
    private async Task SeedSpendAsync(int people, DateTime anchor, CancellationToken cancellationToken)
    {
        var rows = DemoSpendGenerator.Generate(people, options.Value.RandomSeed, anchor);
        var first = rows[0];
        var day = DateOnly.ParseExact(first.Date!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.MarketingSpend.AnyAsync(s => s.Date == day && s.Channel == first.Channel && s.Campaign == first.Campaign, cancellationToken))
            await spend.AddAsync(rows, cancellationToken);
    }

    private async Task<DateTime> GetOrSetAnchorAsync(CancellationToken cancellationToken)
    {
        var stored = await settings.GetAsync(AnchorKey, cancellationToken);
        if (stored is not null)
            return DateTime.Parse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        var anchor = time.GetUtcNow().UtcDateTime;
        anchor = new DateTime(anchor.Ticks - anchor.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        await settings.SetAsync(AnchorKey, Iso(anchor), cancellationToken);
        return anchor;
    }

    private static string Iso(DateTime utc) => utc.ToString("O", CultureInfo.InvariantCulture);
}
