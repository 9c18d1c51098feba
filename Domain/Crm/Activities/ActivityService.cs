using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm.Activities;

/// <summary>Logs, edits, completes and deletes activities, recording each field change.</summary>
public sealed class ActivityService(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    public async Task<ActivityView> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var activity = await db.CrmActivities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw NotFound(id);
        return (await ActivityQueryService.ViewsAsync(db, [activity], time.GetUtcNow().UtcDateTime, cancellationToken))[0];
    }

    /// <param name="by">Who logs it, as the history names people.</param>
    /// <param name="byUserId">Their portal user id: a new task without an assignee is theirs (when they are a user, not an API key).</param>
    /// <exception cref="DomainValidationException">A field is wrong, or a linked record or the assignee does not exist.</exception>
    public Task<ActivityView> CreateAsync(ActivityFields input, string by, string? byUserId, CancellationToken cancellationToken) =>
        SaveAsync(null, input, by, byUserId, cancellationToken);

    /// <summary>Replaces the activity's fields; a task left without an assignee has none.</summary>
    public Task<ActivityView> UpdateAsync(long id, ActivityFields input, string by, CancellationToken cancellationToken) =>
        SaveAsync(id, input, by, null, cancellationToken);

    /// <summary>Marks a task done (a done task keeps the time it was first completed).</summary>
    /// <exception cref="DomainValidationException">The activity is not a task.</exception>
    public Task<ActivityView> CompleteAsync(long id, string by, CancellationToken cancellationToken) =>
        ChangeAsync(id, by, (a, now) => a.CompletedAt ??= now, cancellationToken);

    /// <summary>Makes a done task open work again.</summary>
    public Task<ActivityView> ReopenAsync(long id, string by, CancellationToken cancellationToken) =>
        ChangeAsync(id, by, (a, _) => a.CompletedAt = null, cancellationToken);

    public async Task DeleteAsync(long id, string by, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var activity = await db.CrmActivities.FirstOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw NotFound(id);
        db.CrmActivities.Remove(activity);
        CrmHistory.AddDeleted(db, CrmRecordTypes.Activity, id, activity.Subject, by, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CrmFieldChange>> HistoryAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await CrmHistory.ListExistingAsync(db, CrmRecordTypes.Activity, id, () => db.CrmActivities.AnyAsync(a => a.Id == id, cancellationToken), cancellationToken);
    }

    private async Task<ActivityView> SaveAsync(long? id, ActivityFields input, string by, string? byUserId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var fields = ActivityValidator.Normalize(input, now);
        await using var db = contexts.CreateDbContext();
        await CheckReferencesAsync(db, fields, cancellationToken);
        if (id is null && fields is { Kind: ActivityKind.Task, AssigneeId: null } && byUserId is not null
            && await db.Users.AnyAsync(u => u.Id == byUserId, cancellationToken))
            fields = fields with { AssigneeId = byUserId };
        return await WriteAsync(db, id, by, now, a => ActivityFieldValues.Apply(a, fields), cancellationToken);
    }

    private async Task<ActivityView> ChangeAsync(long id, string by, Action<Activity, DateTime> change, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.CreateDbContext();
        var kind = await db.CrmActivities.Where(a => a.Id == id).Select(a => (ActivityKind?)a.Kind).FirstOrDefaultAsync(cancellationToken) ?? throw NotFound(id);
        if (kind != ActivityKind.Task)
            throw new DomainValidationException("kind", $"Only tasks are completed or reopened; this is {ActivityNames.WithArticle(kind)}.");
        return await WriteAsync(db, id, by, now, a => change(a, now), cancellationToken);
    }

    /// <summary>Applies a change to the activity (a new one when <paramref name="id"/> is null) and records it, in one transaction.</summary>
    private static async Task<ActivityView> WriteAsync(PortalDbContext db, long? id, string by, DateTime now, Action<Activity> change, CancellationToken cancellationToken) =>
        // SQL Server retries transient faults: the record and its history are replayed together.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            Activity activity;
            IReadOnlyList<(string, string?)>? before = null;
            if (id is { } existingId)
            {
                activity = await db.CrmActivities.FirstOrDefaultAsync(a => a.Id == existingId, cancellationToken) ?? throw NotFound(existingId);
                before = ActivityFieldValues.Of(activity, (await ActivityQueryService.ViewsAsync(db, [activity], now, cancellationToken))[0]);
            }
            else
            {
                activity = new Activity { Subject = "", CreatedBy = by, CreatedAt = now };
                db.CrmActivities.Add(activity);
            }

            change(activity);
            activity.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            var saved = (await ActivityQueryService.ViewsAsync(db, [activity], now, cancellationToken))[0];
            CrmHistory.AddChanges(db, CrmRecordTypes.Activity, activity.Id, before, ActivityFieldValues.Of(activity, saved), by, now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return saved;
        });

    private static async Task CheckReferencesAsync(PortalDbContext db, CheckedActivityFields fields, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        await CrmLookups.CheckContactAsync(db, fields.ContactId, errors, cancellationToken);
        await CrmLookups.CheckAccountAsync(db, fields.AccountId, errors, cancellationToken);
        await CrmLookups.CheckDealAsync(db, fields.DealId, errors, cancellationToken);
        await CrmLookups.CheckTicketAsync(db, fields.TicketId, errors, cancellationToken);
        await CrmLookups.CheckOwnerAsync(db, fields.AssigneeId, errors, cancellationToken, "assigneeId", "assignee");
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
    }

    private static NotFoundException NotFound(long id) => new($"There is no activity with id {id}.");
}
