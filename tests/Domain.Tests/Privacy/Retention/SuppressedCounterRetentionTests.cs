using Lodestar.Domain.Privacy.Retention;
using Lodestar.Domain.Privacy.Suppression;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Privacy.Retention;

/// <summary>The suppressed-counters class: a day's count goes once the whole day is older than the limit.</summary>
public sealed class SuppressedCounterRetentionTests
{
    private static CancellationToken Ct => RetentionHarness.Ct;

    [Fact]
    public async Task RunAsync_CountersLimit_WholeDaysBeforeTheCutoffGoInBatchesTheDayOfTheCutoffStays()
    {
        await using var w = await RetentionHarness.StartAsync(batchSize: 2);
        // Now is 2026-03-01 09:00, so a 7-day limit cuts at 2026-02-22 09:00: the 22nd is only partly older and stays.
        var days = new[] { 18, 19, 20, 21, 22, 23 }.Select(d => new DateTime(2026, 2, d, 0, 0, 0, DateTimeKind.Utc)).ToList();
        await using (var db = w.Host.CreateDbContext())
        {
            db.SuppressedMessageDailyCounts.AddRange(days.Select((d, i) => new SuppressedMessageDailyCount { Day = d, Count = 10 + i }));
            await db.SaveChangesAsync(Ct);
        }

        await w.LimitAsync((RetentionClasses.SuppressedCounters, 7));
        var line = (await w.RunAsync()).Lines.Single(l => l.Class == RetentionClasses.SuppressedCounters);
        var second = (await w.RunAsync()).Lines.Single(l => l.Class == RetentionClasses.SuppressedCounters);

        await using var check = w.Host.CreateDbContext();
        Assert.Equal(days[4..], await check.SuppressedMessageDailyCounts.OrderBy(c => c.Day).Select(c => c.Day).ToListAsync(Ct));
        Assert.Equal((4L, 2, "4 days counting 46 dropped messages.", days[4]), (line.Purged, line.Batches, line.Note, line.OldestRemaining));
        Assert.Equal((0L, 0), (second.Purged, second.Batches));
    }
}
