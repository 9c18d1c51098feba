using System.Linq.Expressions;
using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm;

/// <summary>The ticket lists: the support queue, search, filters, sort and paging.</summary>
public sealed class TicketQueryService(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    // Status and priority are stored by name, so their order is spelled out for sorting.
    private static readonly Expression<Func<Ticket, int>> PriorityRank = t =>
        t.Priority == TicketPriority.Urgent ? 3 : t.Priority == TicketPriority.High ? 2 : t.Priority == TicketPriority.Normal ? 1 : 0;

    private static readonly Expression<Func<Ticket, int>> StatusRank = t =>
        t.Status == TicketStatus.New ? 0 : t.Status == TicketStatus.Open ? 1 : t.Status == TicketStatus.Pending ? 2 : t.Status == TicketStatus.Solved ? 3 : 4;

    public async Task<CrmPage<TicketView>> ListAsync(TicketSearch search, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.CreateDbContext();
        var query = Filter(db, search, now);
        var total = await query.CountAsync(cancellationToken);
        var page = await Sort(query, search.Sort, now).Skip(search.Offset).Take(search.Limit).ToListAsync(cancellationToken);
        return new CrmPage<TicketView>(await ViewsAsync(db, page, now, cancellationToken), total);
    }

    /// <exception cref="DomainValidationException">The sort key is unknown.</exception>
    public static void CheckSort(string? sort) => CrmSorts.Check(sort, TicketSearch.SortKeys);

    internal static async Task<List<TicketView>> ViewsAsync(PortalDbContext db, IReadOnlyList<Ticket> tickets, DateTime now, CancellationToken cancellationToken)
    {
        var assignees = await CrmLookups.OwnerNamesAsync(db, tickets.Select(t => t.AssigneeId), cancellationToken);
        var contacts = await CrmLookups.ContactNamesAsync(db, tickets.Select(t => t.ContactId), cancellationToken);
        var accounts = await CrmLookups.AccountNamesAsync(db, tickets.Select(t => t.AccountId), cancellationToken);
        return tickets.Select(t => new TicketView(t,
            t.AssigneeId is { } a ? assignees.GetValueOrDefault(a) : null,
            t.ContactId is { } c ? contacts.GetValueOrDefault(c) : null,
            t.AccountId is { } x ? accounts.GetValueOrDefault(x) : null,
            TicketSlaCalculator.IsBreached(t.DueAt, t.SolvedAt, now))).ToList();
    }

    private static IQueryable<Ticket> Filter(PortalDbContext db, TicketSearch search, DateTime now)
    {
        var query = db.CrmTickets.AsNoTracking();
        if (search.Statuses.Count > 0)
            query = query.Where(t => search.Statuses.Contains(t.Status));
        if (search.Priorities.Count > 0)
            query = query.Where(t => search.Priorities.Contains(t.Priority));
        if (search.Unassigned)
            query = query.Where(t => t.AssigneeId == null);
        else if (!string.IsNullOrWhiteSpace(search.AssigneeId))
            query = query.Where(t => t.AssigneeId == search.AssigneeId);
        if (search.ContactId is { } contactId)
            query = query.Where(t => t.ContactId == contactId);
        if (search.AccountId is { } accountId)
            query = query.Where(t => t.AccountId == accountId);
        if (search.BreachedOnly)
            query = query.Where(t => (t.SolvedAt ?? now) > t.DueAt);
        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var pattern = LikePatterns.Containing(search.Q.Trim());
            query = query.Where(t => EF.Functions.Like(t.Subject, pattern, LikePatterns.Escape));
        }

        return query;
    }

    /// <summary>Without a sort key, the queue: open work first, breached first, then the soonest due.</summary>
    private static IQueryable<Ticket> Sort(IQueryable<Ticket> query, string? sort, DateTime now)
    {
        var (key, descending) = CrmSorts.Parse(sort);
        IOrderedQueryable<Ticket> ordered = key switch
        {
            "subject" => descending ? query.OrderByDescending(t => t.Subject) : query.OrderBy(t => t.Subject),
            "priority" => descending ? query.OrderByDescending(PriorityRank) : query.OrderBy(PriorityRank),
            "status" => descending ? query.OrderByDescending(StatusRank) : query.OrderBy(StatusRank),
            "dueAt" => descending ? query.OrderByDescending(t => t.DueAt) : query.OrderBy(t => t.DueAt),
            "createdAt" => descending ? query.OrderByDescending(t => t.CreatedAt) : query.OrderBy(t => t.CreatedAt),
            "updatedAt" => descending ? query.OrderByDescending(t => t.UpdatedAt) : query.OrderBy(t => t.UpdatedAt),
            _ => query.OrderBy(t => t.Status == TicketStatus.Solved || t.Status == TicketStatus.Closed)
                .ThenByDescending(t => (t.SolvedAt ?? now) > t.DueAt).ThenBy(t => t.DueAt),
        };
        return ordered.ThenBy(t => t.Id);
    }
}
