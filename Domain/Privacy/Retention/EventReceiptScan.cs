using System.Globalization;
using Lodestar.Domain.Data;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Segments.Facts;
using Lodestar.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Retention;

/// <summary>
/// Events in the order they were stored, read by key: the event table has no index on time (each index costs
/// ingestion, see docs/PERFORMANCE.md), but ids follow <c>receivedAt</c> — every writer stamps an event on arrival and
/// commits it within seconds — so the events older than a cutoff are the first ones by id, give or take
/// <see cref="Grace"/>. A scan from the lowest id can stop at the first event received <see cref="Grace"/> after the
/// cutoff: no later id was received before the cutoff.
/// </summary>
internal static class EventReceiptScan
{
    /// <summary>How far out of receipt order an event can be stored (a long CRM import stamps its messages before it commits).</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromHours(1);

    /// <summary>
    /// The last event whose derived rows (profile link, segment facts) have been written. Purging only up to it keeps
    /// the identity and segment jobs from deriving rows of an event that is gone, and keeps the raw messages they read.
    /// </summary>
    public static async Task<long> DerivedUpToAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        Math.Min(await ReadWatermarkAsync(db, IdentityChangeWriter.WatermarkKey, cancellationToken),
            await ReadWatermarkAsync(db, SegmentEventSyncService.WatermarkKey, cancellationToken));

    public static Task<List<EventReceipt>> ChunkAsync(PortalDbContext db, long afterId, long upToId, int size, CancellationToken cancellationToken) =>
        db.Events.AsNoTracking().Where(e => e.Id > afterId && e.Id <= upToId).OrderBy(e => e.Id).Take(size)
            .Select(e => new EventReceipt(e.Id, e.Type, e.Name, e.Timestamp, e.ReceivedAt)).ToListAsync(cancellationToken);

    /// <summary>
    /// About where the events received before <paramref name="cutoff"/> end, by bisecting ids (a key lookup each), so
    /// the job can say how far through them it is.
    /// </summary>
    public static async Task<long> BoundaryAsync(PortalDbContext db, long afterId, long upToId, DateTime cutoff, CancellationToken cancellationToken)
    {
        var (low, high) = (afterId, upToId);
        while (high - low > 1)
        {
            var middle = low + (high - low) / 2;
            var receivedAt = await db.Events.AsNoTracking().Where(e => e.Id >= middle).OrderBy(e => e.Id)
                .Select(e => (DateTime?)e.ReceivedAt).FirstOrDefaultAsync(cancellationToken);
            if (receivedAt < cutoff)
                low = middle;
            else
                high = middle;
        }

        return high;
    }

    /// <summary>0..1: how far <paramref name="reachedId"/> is from <paramref name="startId"/> towards <paramref name="boundaryId"/>.</summary>
    public static double Fraction(long startId, long boundaryId, long reachedId) =>
        boundaryId <= startId ? 1 : Math.Clamp((double)(reachedId - startId) / (boundaryId - startId), 0, 1);

    /// <summary>Whether this event proves that every later one was received at or after <paramref name="cutoff"/>.</summary>
    public static bool EndsScan(DateTime receivedAt, DateTime cutoff) => receivedAt >= cutoff + Grace;

    /// <summary>The earliest receipt time of the stored events (exact under the receipt-order rule); null when none is left.</summary>
    public static async Task<DateTime?> OldestAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        DateTime? oldest = null;
        var after = 0L;
        while (true)
        {
            var chunk = await db.Events.AsNoTracking().Where(e => e.Id > after).OrderBy(e => e.Id).Take(1_000)
                .Select(e => new { e.Id, e.ReceivedAt }).ToListAsync(cancellationToken);
            if (chunk.Count == 0)
                return oldest;
            foreach (var e in chunk)
            {
                if (oldest is { } known && EndsScan(e.ReceivedAt, known))
                    return oldest;
                if (oldest is null || e.ReceivedAt < oldest)
                    oldest = e.ReceivedAt;
            }

            after = chunk[^1].Id;
        }
    }

    /// <summary>A watermark (an event id) kept in the app settings; 0 when none is stored.</summary>
    public static async Task<long> ReadWatermarkAsync(PortalDbContext db, string key, CancellationToken cancellationToken) =>
        await AppSettingsStore.ReadAsync(db, key, cancellationToken) is { } text ? long.Parse(text, CultureInfo.InvariantCulture) : 0;
}
