using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Retention;

/// <summary>
/// Events received before the cutoff, with everything derived from each (<see cref="EventPurgeBatch"/>). Scans from the
/// lowest id in batches and stops where receipt order proves nothing older is left (<see cref="EventReceiptScan"/>).
/// </summary>
internal sealed class EventRetentionPurger(IDbContextFactory<PortalDbContext> contexts, TimeProvider time) : IRetentionPurger
{
    public string Class => RetentionClasses.Events;

    public string Name => "Events";

    public string Description =>
        "Stored events, by when Lodestar received them, with what was derived from each: its profile link, its segment and funnel " +
        "facts and its identity conflicts. The Overview's daily counts are lowered to match. Profiles, their identifiers and traits stay.";

    public async Task<RetentionPurgeResult> PurgeAsync(RetentionPurge purge, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await using var sqlite = await SqlitePurgeConnection.OpenAsync(db, cancellationToken);
        var upTo = await EventReceiptScan.DerivedUpToAsync(db, cancellationToken);
        var boundary = await EventReceiptScan.BoundaryAsync(db, 0, upTo, purge.Cutoff, cancellationToken);
        long purged = 0, related = 0, after = 0;
        var batches = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chunk = await EventReceiptScan.ChunkAsync(db, after, upTo, purge.Batches.Size, cancellationToken);
            if (chunk.Count == 0)
                break;
            var old = chunk.Where(e => e.ReceivedAt < purge.Cutoff).Select(e => e.Id).ToList();
            if (old.Count > 0)
            {
                if (batches == 0)
                    await EventPurgeBatch.PrepareAsync(db, time.GetUtcNow().UtcDateTime, cancellationToken);
                var (events, derived, held) = await EventPurgeBatch.DeleteAsync(db, old, time.GetUtcNow().UtcDateTime, cancellationToken);
                (purged, related, batches) = (purged + events, related + derived, batches + 1);
                await sqlite.RestAsync(purge, old.Count, held, cancellationToken);
            }

            after = chunk[^1].Id;
            await purge.Progress(EventReceiptScan.Fraction(0, boundary, after), $"{purged:N0} events purged", cancellationToken);
            if (chunk.Exists(e => EventReceiptScan.EndsScan(e.ReceivedAt, purge.Cutoff)))
                break;
        }

        related += await SweepOrphansAsync(db, after, cancellationToken);
        return new RetentionPurgeResult(purged, related, batches, await WaitingNoteAsync(db, upTo, purge.Cutoff, cancellationToken));
    }

    public async Task<DateTime?> OldestRemainingAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await EventReceiptScan.OldestAsync(db, cancellationToken);
    }

    /// <summary>
    /// A full identity rebuild reads every event before it writes, so it can write links and conflicts for events purged
    /// meanwhile; those below the scanned range are removed here (an index range each, nearly always empty).
    /// </summary>
    private static async Task<long> SweepOrphansAsync(PortalDbContext db, long scannedUpTo, CancellationToken cancellationToken) =>
        await db.EventProfiles.Where(l => l.EventId <= scannedUpTo && !db.Events.Any(e => e.Id == l.EventId)).ExecuteDeleteAsync(cancellationToken)
        + await db.IdentityConflicts.Where(c => c.EventId <= scannedUpTo && !db.Events.Any(e => e.Id == c.EventId)).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Old events identity resolution has not reached yet are kept until it has; the report says so.</summary>
    private static async Task<string?> WaitingNoteAsync(PortalDbContext db, long upTo, DateTime cutoff, CancellationToken cancellationToken)
    {
        var next = await db.Events.AsNoTracking().Where(e => e.Id > upTo).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.ReceivedAt }).FirstOrDefaultAsync(cancellationToken);
        return next is not null && next.ReceivedAt < cutoff
            ? $"Events from id {next.Id} on are older than the limit but identity resolution has not reached them yet; they are purged by the first run after it has."
            : null;
    }
}
