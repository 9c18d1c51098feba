using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm.Activities;

/// <summary>Activity lists: a record's activities, newest first, and to-do lists of tasks, soonest due first.</summary>
public sealed class ActivityQueryService(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    public async Task<CrmPage<ActivityView>> ListAsync(ActivitySearch search, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.CreateDbContext();
        var query = Filter(db, search, now);
        var total = await query.CountAsync(cancellationToken);
        var ordered = search.TasksOnly
            ? query.OrderBy(a => a.DueAt).ThenBy(a => a.Id)
            : query.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id);
        var page = await ordered.Skip(search.Offset).Take(search.Limit).ToListAsync(cancellationToken);
        return new CrmPage<ActivityView>(await ViewsAsync(db, page, now, cancellationToken), total);
    }

    internal static async Task<List<ActivityView>> ViewsAsync(PortalDbContext db, IReadOnlyList<Activity> activities, DateTime now, CancellationToken cancellationToken)
    {
        var assignees = await CrmLookups.OwnerNamesAsync(db, activities.Select(a => a.AssigneeId), cancellationToken);
        var contacts = await CrmLookups.ContactNamesAsync(db, activities.Select(a => a.ContactId), cancellationToken);
        var accounts = await CrmLookups.AccountNamesAsync(db, activities.Select(a => a.AccountId), cancellationToken);
        var deals = await CrmLookups.DealNamesAsync(db, activities.Select(a => a.DealId), cancellationToken);
        var tickets = await CrmLookups.TicketSubjectsAsync(db, activities.Select(a => a.TicketId), cancellationToken);
        return activities.Select(a => new ActivityView(a,
            a.AssigneeId is { } u ? assignees.GetValueOrDefault(u) : null,
            a.ContactId is { } c ? contacts.GetValueOrDefault(c) : null,
            a.AccountId is { } x ? accounts.GetValueOrDefault(x) : null,
            a.DealId is { } d ? deals.GetValueOrDefault(d) : null,
            a.TicketId is { } t ? tickets.GetValueOrDefault(t) : null,
            IsOverdue(a, now))).ToList();
    }

    /// <summary>An open task past its due time.</summary>
    public static bool IsOverdue(Activity a, DateTime now) => a is { Kind: ActivityKind.Task, CompletedAt: null, DueAt: { } due } && due < now;

    private static IQueryable<Activity> Filter(PortalDbContext db, ActivitySearch search, DateTime now)
    {
        var query = db.CrmActivities.AsNoTracking();
        if (search.ContactId is { } contactId)
            query = query.Where(a => a.ContactId == contactId);
        if (search.AccountId is { } accountId)
            query = query.Where(a => a.AccountId == accountId);
        if (search.DealId is { } dealId)
            query = query.Where(a => a.DealId == dealId);
        if (search.TicketId is { } ticketId)
            query = query.Where(a => a.TicketId == ticketId);
        if (search.Kinds.Count > 0)
            query = query.Where(a => search.Kinds.Contains(a.Kind));
        if (!string.IsNullOrWhiteSpace(search.AssigneeId))
            query = query.Where(a => a.AssigneeId == search.AssigneeId);
        if (search.OpenTasksOnly || search.OverdueOnly)
            query = query.Where(a => a.Kind == ActivityKind.Task && a.CompletedAt == null);
        if (search.OverdueOnly)
            query = query.Where(a => a.DueAt < now);
        return query;
    }
}
