using CsvHelper;
using System.Globalization;
using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm;

/// <summary>The account lists: search, owner filter, sort and paging, and the same list as CSV.</summary>
public sealed class AccountQueryService(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<CrmPage<AccountView>> ListAsync(AccountSearch search, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var query = Filter(db, search);
        var total = await query.CountAsync(cancellationToken);
        var page = await Sort(db, query, search.Sort).Skip(search.Offset).Take(search.Limit).ToListAsync(cancellationToken);
        return new CrmPage<AccountView>(await ViewsAsync(db, page, cancellationToken), total);
    }

    public async Task ExportAsync(AccountSearch search, TextWriter output, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var accounts = await Sort(db, Filter(db, search), search.Sort).ToListAsync(cancellationToken);
        await using var csv = CsvWriter.Create(output, new CsvWriterOptions(), leaveOpen: true);
        foreach (var name in new[] { "id", "name", "domain", "industry", "country", "employees", "ownerId", "ownerName", "contacts", "createdAt", "updatedAt" })
            csv.WriteField(name);
        csv.EndRecord();
        foreach (var v in await ViewsAsync(db, accounts, cancellationToken))
        {
            var a = v.Account;
            foreach (var value in new object?[] { a.Id, a.Name, a.Domain, a.Industry, a.Country, a.Employees, a.OwnerId, v.OwnerName, v.ContactCount,
                         a.CreatedAt.ToString("O", CultureInfo.InvariantCulture), a.UpdatedAt.ToString("O", CultureInfo.InvariantCulture) })
                csv.WriteField(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
            csv.EndRecord();
        }

        await csv.FlushAsync(cancellationToken);
    }

    /// <exception cref="DomainValidationException">The sort key is unknown.</exception>
    public static void CheckSort(string? sort) => CrmSorts.Check(sort, AccountSearch.SortKeys);

    internal static async Task<List<AccountView>> ViewsAsync(PortalDbContext db, IReadOnlyList<Account> accounts, CancellationToken cancellationToken)
    {
        var owners = await CrmLookups.OwnerNamesAsync(db, accounts.Select(a => a.OwnerId), cancellationToken);
        var ids = accounts.Select(a => a.Id).ToList();
        var counts = await db.Contacts.Where(c => c.AccountId != null && ids.Contains(c.AccountId.Value))
            .GroupBy(c => c.AccountId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return accounts.Select(a => new AccountView(a, a.OwnerId is { } o ? owners.GetValueOrDefault(o) : null, counts.GetValueOrDefault(a.Id))).ToList();
    }

    private static IQueryable<Account> Filter(PortalDbContext db, AccountSearch search)
    {
        var query = db.CrmAccounts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search.OwnerId))
            query = query.Where(a => a.OwnerId == search.OwnerId);
        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var pattern = LikePatterns.Containing(search.Q.Trim());
            query = query.Where(a => EF.Functions.Like(a.Name, pattern, LikePatterns.Escape) || EF.Functions.Like(a.Domain!, pattern, LikePatterns.Escape));
        }

        return query;
    }

    private static IQueryable<Account> Sort(PortalDbContext db, IQueryable<Account> query, string? sort)
    {
        var (key, descending) = CrmSorts.Parse(sort);
        IOrderedQueryable<Account> ordered = key switch
        {
            "contacts" => descending
                ? query.OrderByDescending(a => db.Contacts.Count(c => c.AccountId == a.Id))
                : query.OrderBy(a => db.Contacts.Count(c => c.AccountId == a.Id)),
            "createdAt" => descending ? query.OrderByDescending(a => a.CreatedAt) : query.OrderBy(a => a.CreatedAt),
            "updatedAt" => descending ? query.OrderByDescending(a => a.UpdatedAt) : query.OrderBy(a => a.UpdatedAt),
            _ => descending ? query.OrderByDescending(a => a.Name) : query.OrderBy(a => a.Name),
        };
        return ordered.ThenBy(a => a.Id);
    }
}
