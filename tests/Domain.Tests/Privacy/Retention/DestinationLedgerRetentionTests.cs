using Lodestar.Domain.Destinations;
using Lodestar.Domain.Privacy.Retention;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Privacy.Retention;

/// <summary>The destination-ledgers class: entries sent before the cutoff and runs finished before it go; a running run is never touched.</summary>
public sealed class DestinationLedgerRetentionTests
{
    private static CancellationToken Ct => RetentionHarness.Ct;

    [Fact]
    public async Task RunAsync_LedgerLimit_OldEntriesAndFinishedRunsGoRunningRunsStay()
    {
        await using var w = await RetentionHarness.StartAsync(batchSize: 2);
        var now = w.Clock.Now.UtcDateTime;
        var old = now.AddDays(-8);
        var recent = now.AddDays(-6);
        await using var db = w.Host.CreateDbContext();
        var destination = new Destination { Name = "Webhook", Settings = "{}", CreatedBy = "ann", UpdatedBy = "ann", CreatedAt = old, UpdatedAt = old };
        db.Destinations.Add(destination);
        await db.SaveChangesAsync(Ct);
        var finishedOld = Run(destination.Id, DestinationRunStatus.PartlyFailed, old, old);
        var finishedRecent = Run(destination.Id, DestinationRunStatus.Succeeded, old, recent);
        var running = Run(destination.Id, DestinationRunStatus.Running, old, null);
        db.DestinationRuns.AddRange(finishedOld, finishedRecent, running);
        await db.SaveChangesAsync(Ct);
        db.DestinationLedger.AddRange(
            Entry(finishedOld, 1, old), Entry(finishedOld, 2, null),
            Entry(finishedRecent, 3, old), Entry(finishedRecent, 4, recent),
            Entry(running, 5, old), Entry(running, 6, null));
        await db.SaveChangesAsync(Ct);
        await w.LimitAsync((RetentionClasses.DestinationLedgers, 7));

        var line = (await w.RunAsync()).Lines.Single(l => l.Class == RetentionClasses.DestinationLedgers);

        Assert.Equal([4L, 5L, 6L], await db.DestinationLedger.OrderBy(e => e.ProfileId).Select(e => e.ProfileId).ToListAsync(Ct));
        Assert.Equal([finishedRecent.Id, running.Id], await db.DestinationRuns.OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(Ct));
        Assert.Equal(4L, line.Purged);
        Assert.Equal("3 ledger entries and 1 finished run.", line.Note);
        Assert.Equal(old, line.OldestRemaining);
        Assert.Equal(0, (await w.RunAsync()).Lines.Single(l => l.Class == RetentionClasses.DestinationLedgers).Purged);
    }

    private static DestinationRun Run(long destinationId, DestinationRunStatus status, DateTime started, DateTime? finished) => new()
    {
        DestinationId = destinationId, Status = status, Trigger = DestinationRunTrigger.Schedule, StartedAt = started, FinishedAt = finished,
    };

    private static DestinationLedgerEntry Entry(DestinationRun run, long profileId, DateTime? sentAt) => new()
    {
        RunId = run.Id, DestinationId = run.DestinationId, ProfileId = profileId, Action = LedgerAction.Add,
        Status = sentAt is null ? LedgerStatus.Failed : LedgerStatus.Sent, SentAt = sentAt,
    };
}
