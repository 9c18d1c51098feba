using Lodestar.Domain.Data;
using Lodestar.Domain.Data.Bulk;
using Lodestar.Domain.Segments.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lodestar.Domain.Segments;

/// <summary>
/// Computes a segment's members and stores the difference to the last computation: who entered and who exited, with
/// the time. Members, the change log and the segment's status are written in one transaction, so a crash leaves the
/// previous membership and a repeated run finds the same difference; a run over unchanged data records no changes.
/// </summary>
public sealed class SegmentRefreshService(IDbContextFactory<PortalDbContext> contexts, SegmentPreviewService preview, TimeProvider time)
{
    // Refreshes of one segment take turns (in this process): each compares with the members the previous one stored.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, SemaphoreSlim> _turns = new();

    /// <returns>The refresh record (failed ones too: the segment then says why).</returns>
    public async Task<SegmentRefresh> RefreshAsync(long segmentId, CancellationToken cancellationToken)
    {
        var turn = _turns.GetOrAdd(segmentId, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync(cancellationToken);
        try
        {
            return await RefreshAloneAsync(segmentId, cancellationToken);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or NotFoundException))
        {
            // A segment deleted as its refresh starts or runs takes the refresh record with it (foreign key, cascade), so
            // the write that failed has nothing left to mark: the segment is simply gone.
            if (!await ExistsAsync(segmentId, CancellationToken.None))
                throw new NotFoundException($"There is no segment {segmentId}; it was deleted while it was being refreshed.");
            throw;
        }
        finally
        {
            turn.Release();
        }
    }

    private async Task<SegmentRefresh> RefreshAloneAsync(long segmentId, CancellationToken cancellationToken)
    {
        var refresh = await StartAsync(segmentId, cancellationToken);
        try
        {
            var segment = await FindAsync(segmentId, cancellationToken);
            var members = segment.Kind == SegmentKind.Static
                ? await StaticMembersAsync(segmentId, cancellationToken)
                : await preview.MembersAsync(SegmentRuleJson.Parse(segment.Definition!), segmentId, cancellationToken);
            return await StoreAsync(refresh, members, cancellationToken);
        }
        catch (Exception ex)
        {
            // The segment says why it failed; a rule that became invalid (e.g. a deleted stage) is not worth retrying.
            var reason = ex is OperationCanceledException ? "Stopped before it finished; the next refresh computes it again." : ex.Message;
            var failed = await FailAsync(refresh, reason, CancellationToken.None);
            if (ex is DomainValidationException or NotFoundException)
                return failed;
            throw;
        }
    }

    /// <summary>The segments whose refresh interval has passed since their last computation (never computed first).</summary>
    public async Task<IReadOnlyList<long>> DueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.CreateDbContext();
        var segments = await db.Segments.AsNoTracking().Select(s => new { s.Id, s.LastComputedAt, s.RefreshMinutes }).ToListAsync(cancellationToken);
        return segments.Where(s => s.LastComputedAt is null || s.LastComputedAt.Value.AddMinutes(s.RefreshMinutes) <= now)
            .OrderBy(s => s.LastComputedAt ?? DateTime.MinValue).Select(s => s.Id).ToList();
    }

    private async Task<Segment> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Segments.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException($"There is no segment {id}.");
    }

    private async Task<SegmentRefresh> StartAsync(long segmentId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var segment = await db.Segments.FirstOrDefaultAsync(s => s.Id == segmentId, cancellationToken) ?? throw new NotFoundException($"There is no segment {segmentId}.");
        var refresh = new SegmentRefresh { SegmentId = segmentId, StartedAt = time.GetUtcNow().UtcDateTime, Status = SegmentRefreshStatus.Running };
        db.SegmentRefreshes.Add(refresh);
        segment.Status = SegmentStatus.Computing;
        await db.SaveChangesAsync(cancellationToken);
        return refresh;
    }

    private async Task<bool> ExistsAsync(long segmentId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Segments.AnyAsync(s => s.Id == segmentId, cancellationToken);
    }

    /// <summary>The living profiles holding any uploaded identifier now (identifiers always name their profile's root).</summary>
    private async Task<List<long>> StaticMembersAsync(long segmentId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var ids = await (from s in db.SegmentStaticIdentifiers
                         where s.SegmentId == segmentId
                         join i in db.ProfileIdentifiers on new { s.Type, s.Value } equals new { i.Type, i.Value }
                         select i.ProfileId).Distinct().ToListAsync(cancellationToken);
        ids.Sort();
        return ids;
    }

    private async Task<SegmentRefresh> StoreAsync(SegmentRefresh refresh, List<long> members, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
        var now = time.GetUtcNow().UtcDateTime;
        var current = (await db.SegmentMembers.AsNoTracking().Where(m => m.SegmentId == refresh.SegmentId).Select(m => m.ProfileId)
            .ToListAsync(cancellationToken)).ToHashSet();
        var entered = members.Where(id => !current.Contains(id)).ToList();
        var exited = current.Except(members).Order().ToList();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            var dbTransaction = transaction.GetDbTransaction();
            foreach (var chunk in exited.Chunk(500))
                await db.SegmentMembers.Where(m => m.SegmentId == refresh.SegmentId && chunk.Contains(m.ProfileId)).ExecuteDeleteAsync(cancellationToken);
            await using (var rows = new BulkInserter(connection, dbTransaction, "SegmentMembers", "SegmentId", "ProfileId", "EnteredAt"))
                await rows.InsertAsync(entered, id => [refresh.SegmentId, id, now], cancellationToken);
            await using (var log = new BulkInserter(connection, dbTransaction, "SegmentMembershipChanges", "SegmentId", "RefreshId", "ProfileId", "Entered", "At"))
                await log.InsertAsync(entered.Select(id => (id, true)).Concat(exited.Select(id => (id, false))).ToList(),
                    c => [refresh.SegmentId, refresh.Id, c.id, c.Item2, now], cancellationToken);
            await Finish(db, refresh, members.Count, entered.Count, exited.Count, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return refresh;
    }

    private static async Task Finish(PortalDbContext db, SegmentRefresh refresh, int size, int entered, int exited, DateTime now, CancellationToken cancellationToken)
    {
        (refresh.Size, refresh.Entered, refresh.Exited, refresh.FinishedAt, refresh.Status) = (size, entered, exited, now, SegmentRefreshStatus.Done);
        db.SegmentRefreshes.Update(refresh);
        await db.Segments.Where(s => s.Id == refresh.SegmentId).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Status, SegmentStatus.Live).SetProperty(x => x.StatusReason, (string?)null)
            .SetProperty(x => x.Size, size).SetProperty(x => x.LastComputedAt, now), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<SegmentRefresh> FailAsync(SegmentRefresh refresh, string reason, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var now = time.GetUtcNow().UtcDateTime;
        reason = reason.Length > 2000 ? reason[..2000] : reason;
        (refresh.Status, refresh.Error, refresh.FinishedAt) = (SegmentRefreshStatus.Failed, reason, now);
        db.SegmentRefreshes.Update(refresh);
        await db.Segments.Where(s => s.Id == refresh.SegmentId).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Status, SegmentStatus.Failed).SetProperty(x => x.StatusReason, reason), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return refresh;
    }
}
