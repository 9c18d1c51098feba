using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Activities;
using Lodestar.Domain.Privacy.Retention;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Privacy.Retention;

/// <summary>The CRM activities class: old notes, calls and completed tasks go with their field history; open tasks stay.</summary>
public sealed class CrmActivityRetentionTests
{
    private static CancellationToken Ct => RetentionHarness.Ct;

    [Fact]
    public async Task RunAsync_ActivitiesLimit_OldOnesGoWithTheirHistoryOpenTasksStay()
    {
        await using var w = await RetentionHarness.StartAsync(batchSize: 2);
        var now = w.Clock.Now.UtcDateTime;
        var old = now.AddDays(-31);
        var recent = now.AddDays(-29);
        await using var db = w.Host.CreateDbContext();
        db.CrmActivities.AddRange(
            Activity("old note", ActivityKind.Note, old),
            Activity("old call", ActivityKind.Call, old),
            Activity("recent note", ActivityKind.Note, recent),
            Activity("old open task", ActivityKind.Task, old),
            Activity("task done long ago", ActivityKind.Task, old, completed: old),
            Activity("old task done lately", ActivityKind.Task, old, completed: recent));
        await db.SaveChangesAsync(Ct);
        foreach (var a in await db.CrmActivities.ToListAsync(Ct))
            db.CrmFieldChanges.Add(new CrmFieldChange { RecordType = CrmRecordTypes.Activity, RecordId = a.Id, Field = "subject", NewValue = a.Subject, ChangedBy = "ann", ChangedAt = a.OccurredAt });
        // The history of an activity someone deleted two months ago.
        db.CrmFieldChanges.Add(new CrmFieldChange { RecordType = CrmRecordTypes.Activity, RecordId = 999, Field = "deleted", OldValue = "gone", ChangedBy = "ann", ChangedAt = old });
        await db.SaveChangesAsync(Ct);
        await w.LimitAsync((RetentionClasses.CrmActivities, 30));

        var line = (await w.RunAsync()).Lines.Single(l => l.Class == RetentionClasses.CrmActivities);

        Assert.Equal(["recent note", "old open task", "old task done lately"], await db.CrmActivities.OrderBy(a => a.Id).Select(a => a.Subject).ToListAsync(Ct));
        Assert.Equal(["recent note", "old open task", "old task done lately"], await db.CrmFieldChanges.OrderBy(c => c.Id).Select(c => c.NewValue).ToListAsync(Ct));
        Assert.Equal((3L, 4L, 2), (line.Purged, line.Related, line.Batches));
        Assert.Equal(recent, line.OldestRemaining);
        Assert.Equal(0, (await w.RunAsync()).Lines.Single(l => l.Class == RetentionClasses.CrmActivities).Purged);
    }

    private static Activity Activity(string subject, ActivityKind kind, DateTime at, DateTime? completed = null) => new()
    {
        Kind = kind, Subject = subject, OccurredAt = at, CompletedAt = completed, DueAt = kind == ActivityKind.Task ? at : null,
        CreatedBy = "ann", CreatedAt = at, UpdatedAt = at,
    };
}
