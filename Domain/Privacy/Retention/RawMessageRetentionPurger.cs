using System.Diagnostics;
using System.Globalization;
using Lodestar.Domain.Data;
using Lodestar.Domain.Events;
using Lodestar.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Retention;

/// <summary>
/// Raw messages received before the cutoff are replaced by their promoted fields (<see cref="PurgedRawMessageWriter"/>):
/// the event stays for segments, funnels, paths, economics and timelines, which read columns and the segment facts
/// taken from the message when it was resolved. A watermark (every event up to it is purged or gone) lets the next run
/// start where this one found the first recent message.
/// </summary>
internal sealed class RawMessageRetentionPurger(IDbContextFactory<PortalDbContext> contexts, TimeProvider time) : IRetentionPurger
{
    public const string WatermarkKey = "privacy.retention.rawPurgedThrough";

    public string Class => RetentionClasses.RawMessages;

    public string Name => "Raw messages";

    public string Description =>
        "The full message of each event as it arrived (properties, traits, context, IP address, user agent), by when Lodestar received it. " +
        "The event stays with the fields kept as columns (type, name, ids, times, email, phone, campaign, referrer), so segments, funnels, paths and economics still count it; " +
        "the event debugger shows what is left. Traits a rebuild of the identities would read from those messages are gone.";

    public async Task<RetentionPurgeResult> PurgeAsync(RetentionPurge purge, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await using var sqlite = await SqlitePurgeConnection.OpenAsync(db, cancellationToken);
        var upTo = await EventReceiptScan.DerivedUpToAsync(db, cancellationToken);
        var watermark = await EventReceiptScan.ReadWatermarkAsync(db, WatermarkKey, cancellationToken);
        var (start, after) = (watermark, watermark);
        var boundary = await EventReceiptScan.BoundaryAsync(db, watermark, upTo, purge.Cutoff, cancellationToken);
        var contiguous = true;
        long purged = 0;
        var batches = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chunk = await ChunkAsync(db, after, upTo, purge.Batches.Size, cancellationToken);
            if (chunk.Count == 0)
                break;
            var old = chunk.Where(e => e.ReceivedAt < purge.Cutoff && !e.Purged).ToList();
            // The watermark moves over the leading run of purged (or now purging) messages, until the first recent one.
            var nextWatermark = watermark;
            if (contiguous)
            {
                var settled = chunk.TakeWhile(e => e.Purged || e.ReceivedAt < purge.Cutoff).Count();
                if (settled > 0)
                    nextWatermark = chunk[settled - 1].Id;
                contiguous = settled == chunk.Count;
            }

            if (old.Count > 0 || nextWatermark != watermark)
            {
                var watch = Stopwatch.StartNew();
                await StripAsync(db, old, nextWatermark, cancellationToken);
                (purged, batches, watermark) = (purged + old.Count, batches + 1, nextWatermark);
                await sqlite.RestAsync(purge, Math.Max(1, old.Count), watch.Elapsed, cancellationToken);
            }

            after = chunk[^1].Id;
            await purge.Progress(EventReceiptScan.Fraction(start, boundary, after), $"{purged:N0} raw messages purged", cancellationToken);
            if (chunk.Exists(e => EventReceiptScan.EndsScan(e.ReceivedAt, purge.Cutoff)))
                break;
        }

        return new RetentionPurgeResult(purged, 0, batches, null);
    }

    /// <summary>The oldest receipt of an event whose raw message is still whole.</summary>
    public async Task<DateTime?> OldestRemainingAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var watermark = await EventReceiptScan.ReadWatermarkAsync(db, WatermarkKey, cancellationToken);
        DateTime? oldest = null;
        while (true)
        {
            var chunk = await ChunkAsync(db, watermark, long.MaxValue, 1_000, cancellationToken);
            if (chunk.Count == 0)
                return oldest;
            foreach (var e in chunk)
            {
                if (oldest is { } known && EventReceiptScan.EndsScan(e.ReceivedAt, known))
                    return oldest;
                if (!e.Purged && (oldest is null || e.ReceivedAt < oldest))
                    oldest = e.ReceivedAt;
            }

            watermark = chunk[^1].Id;
        }
    }

    private static Task<List<PromotedFields>> ChunkAsync(PortalDbContext db, long after, long upTo, int size, CancellationToken cancellationToken) =>
        db.Events.AsNoTracking().Where(e => e.Id > after && e.Id <= upTo).OrderBy(e => e.Id).Take(size)
            .Select(e => new PromotedFields(e.Id, e.Type, e.MessageId, e.Name, e.UserId, e.AnonymousId, e.GroupId, e.PreviousId,
                e.Email, e.Phone, e.DeviceId, e.ExternalIds, e.Timestamp, e.OriginalTimestamp, e.SentAt, e.ReceivedAt,
                e.CampaignSource, e.CampaignMedium, e.CampaignName, e.Referrer, e.Raw.StartsWith(PurgedRawMessageWriter.Prefix)))
            .ToListAsync(cancellationToken);

    private async Task StripAsync(PortalDbContext db, IReadOnlyList<PromotedFields> old, long watermark, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Stubs with only the key: the changed column is all that is written, in batched statements.
            foreach (var e in old)
            {
                var row = new TrackedEvent { Id = e.Id, MessageId = e.MessageId, Raw = "" };
                db.Events.Attach(row);
                row.Raw = PurgedRawMessageWriter.Write(e, now);
            }

            await AppSettingsStore.StageAsync(db, WatermarkKey, watermark.ToString(CultureInfo.InvariantCulture), now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            await transaction.CommitAsync(cancellationToken);
        });
    }
}
