using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Retention;

/// <summary>
/// The daily counts of messages ingestion dropped for carrying a suppressed identifier. A day goes once all of it is
/// older than the limit (its last moment before the cutoff), so a count is never cut in half.
/// </summary>
internal sealed class SuppressedCounterRetentionPurger(IDbContextFactory<PortalDbContext> contexts) : IRetentionPurger
{
    public string Class => RetentionClasses.SuppressedCounters;

    public string Name => "Suppressed-message counters";

    public string Description =>
        "How many messages were dropped each day because they carried a suppressed identifier (the messages themselves are never stored), " +
        "by the day they arrived. The suppression list itself stays.";

    public async Task<RetentionPurgeResult> PurgeAsync(RetentionPurge purge, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await using var sqlite = await SqlitePurgeConnection.OpenAsync(db, cancellationToken);
        var lastWholeDay = purge.Cutoff.AddDays(-1);
        var total = await db.SuppressedMessageDailyCounts.CountAsync(c => c.Day <= lastWholeDay, cancellationToken);
        long days = 0, messages = 0;
        var batches = 0;
        while (await db.SuppressedMessageDailyCounts.AsNoTracking().Where(c => c.Day <= lastWholeDay).OrderBy(c => c.Day)
                   .Take(purge.Batches.Size).ToListAsync(cancellationToken) is { Count: > 0 } rows)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var keys = rows.Select(r => r.Day).ToList();
            days += await db.SuppressedMessageDailyCounts.Where(c => EF.Parameter(keys).Contains(c.Day)).ExecuteDeleteAsync(cancellationToken);
            (messages, batches) = (messages + rows.Sum(r => r.Count), batches + 1);
            await purge.Progress((double)days / Math.Max(1, total), $"{days:N0} days of counts purged", cancellationToken);
            await sqlite.RestAsync(purge, rows.Count, watch.Elapsed, cancellationToken);
        }

        return new RetentionPurgeResult(days, 0, batches, days > 0 ? $"{days:N0} days counting {messages:N0} dropped messages." : null);
    }

    public async Task<DateTime?> OldestRemainingAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.SuppressedMessageDailyCounts.MinAsync(c => (DateTime?)c.Day, cancellationToken);
    }
}
