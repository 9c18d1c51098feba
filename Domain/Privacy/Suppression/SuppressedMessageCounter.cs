using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Suppression;

/// <summary>Adds dropped messages to the day's counter (an upsert that works the same on both providers).</summary>
public sealed class SuppressedMessageCounter(IDbContextFactory<PortalDbContext> contexts)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task AddAsync(DateTime receivedAt, int count, CancellationToken cancellationToken)
    {
        if (count <= 0)
            return;
        var day = DateTime.SpecifyKind(receivedAt.Date, DateTimeKind.Utc);
        // One writer per node; another node inserting the same day first makes the insert fail, and the update then applies.
        await _gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                await using var db = contexts.CreateDbContext();
                if (await db.SuppressedMessageDailyCounts.Where(c => c.Day == day)
                        .ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, c => c.Count + count), cancellationToken) > 0)
                    return;
                db.SuppressedMessageDailyCounts.Add(new SuppressedMessageDailyCount { Day = day, Count = count });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return;
                }
                catch (DbUpdateException) when (attempt == 0)
                {
                    // Inserted meanwhile by another node: count again with the update.
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
