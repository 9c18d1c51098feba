using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Destinations;

/// <summary>The run history of a destination and each run's ledger, newest first, paged.</summary>
public sealed class DestinationRunService(IDbContextFactory<PortalDbContext> contexts)
{
    public const int MaxPage = 200;

    public async Task<(IReadOnlyList<(DestinationRun Run, string? SegmentName)> Runs, int Total)> RunsAsync(
        long destinationId, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await EnsureDestinationAsync(db, destinationId, cancellationToken);
        var query = db.DestinationRuns.AsNoTracking().Where(r => r.DestinationId == destinationId);
        var total = await query.CountAsync(cancellationToken);
        var rows = await (from r in query.OrderByDescending(r => r.Id).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, MaxPage))
                          join c in db.DestinationConnections on r.ConnectionId equals c.Id into cs
                          from c in cs.DefaultIfEmpty()
                          join s in db.Segments on c.SegmentId equals s.Id into ss
                          from s in ss.DefaultIfEmpty()
                          select new { Run = r, Segment = s == null ? null : (string?)s.Name }).ToListAsync(cancellationToken);
        return (rows.Select(r => (r.Run, (string?)r.Segment)).ToList(), total);
    }

    public async Task<(IReadOnlyList<DestinationLedgerEntry> Entries, int Total)> LedgerAsync(
        long destinationId, long runId, LedgerStatus? status, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.DestinationRuns.AnyAsync(r => r.Id == runId && r.DestinationId == destinationId, cancellationToken))
            throw new NotFoundException($"Destination {destinationId} has no run {runId}.");
        var query = db.DestinationLedger.AsNoTracking().Where(e => e.RunId == runId);
        if (status is { } s)
            query = query.Where(e => e.Status == s);
        var total = await query.CountAsync(cancellationToken);
        var entries = await query.OrderBy(e => e.Batch).ThenBy(e => e.Id).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, MaxPage))
            .ToListAsync(cancellationToken);
        return (entries, total);
    }

    /// <summary>The connections whose schedule is due now (enabled, on an enabled, unpaused destination).</summary>
    public async Task<IReadOnlyList<long>> DueConnectionsAsync(DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var candidates = await (from c in db.DestinationConnections.AsNoTracking()
                                join d in db.Destinations on c.DestinationId equals d.Id
                                where c.Enabled && c.ScheduleMinutes > 0 && d.Enabled && d.PausedAt == null
                                select new { c.Id, c.ScheduleMinutes, c.LastRunAt }).ToListAsync(cancellationToken);
        return candidates.Where(c => c.LastRunAt is null || c.LastRunAt.Value.AddMinutes(c.ScheduleMinutes) <= now).Select(c => c.Id).ToList();
    }

    /// <summary>The connections a sync of the destination covers: one, or every enabled one.</summary>
    public async Task<IReadOnlyList<long>> ConnectionsToSyncAsync(long destinationId, long? connectionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await EnsureDestinationAsync(db, destinationId, cancellationToken);
        if (connectionId is { } one)
            return await db.DestinationConnections.AnyAsync(c => c.Id == one && c.DestinationId == destinationId, cancellationToken)
                ? [one]
                : throw new NotFoundException($"Destination {destinationId} has no connection {one}.");
        return await db.DestinationConnections.Where(c => c.DestinationId == destinationId && c.Enabled).OrderBy(c => c.Id)
            .Select(c => c.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Whether a destination forwards events (an event stream) rather than syncing connected segments.</summary>
    public async Task<bool> ForwardsEventsAsync(long destinationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var type = await db.Destinations.Where(d => d.Id == destinationId).Select(d => (DestinationType?)d.Type).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"There is no destination {destinationId}.");
        return type == DestinationType.EventWebhook;
    }

    /// <summary>Whether a run belongs to an event stream (replayed by event id range, not from the ledger).</summary>
    public async Task<bool> IsEventStreamRunAsync(long runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var type = await db.DestinationRuns.Where(r => r.Id == runId)
            .Join(db.Destinations, r => r.DestinationId, d => d.Id, (_, d) => (DestinationType?)d.Type)
            .FirstOrDefaultAsync(cancellationToken);
        return type == DestinationType.EventWebhook;
    }

    private static async Task EnsureDestinationAsync(PortalDbContext db, long destinationId, CancellationToken cancellationToken)
    {
        if (!await db.Destinations.AnyAsync(d => d.Id == destinationId, cancellationToken))
            throw new NotFoundException($"There is no destination {destinationId}.");
    }
}
