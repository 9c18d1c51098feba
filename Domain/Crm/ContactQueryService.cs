using CsvHelper;
using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm;

/// <summary>The contact lists: search, filters, sort and paging, and the same list as CSV.</summary>
public sealed class ContactQueryService(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<CrmPage<ContactView>> ListAsync(ContactSearch search, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var query = Filter(db, search);
        var total = await query.CountAsync(cancellationToken);
        var page = await Sort(query, search.Sort).Skip(search.Offset).Take(search.Limit).ToListAsync(cancellationToken);
        return new CrmPage<ContactView>(await CrmLookups.ViewsAsync(db, page, cancellationToken), total);
    }

    /// <summary>Every contact the search matches, in its order, as CSV with the import's column names.</summary>
    public async Task ExportAsync(ContactSearch search, TextWriter output, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await using var csv = CsvWriter.Create(output, new CsvWriterOptions(), leaveOpen: true);
        ContactCsv.WriteHeader(csv);
        const int chunk = 1_000;
        for (var offset = 0; ; offset += chunk)
        {
            var page = await Sort(Filter(db, search), search.Sort).Skip(offset).Take(chunk).ToListAsync(cancellationToken);
            foreach (var view in await CrmLookups.ViewsAsync(db, page, cancellationToken))
                ContactCsv.WriteRow(csv, view);
            await csv.FlushAsync(cancellationToken);
            if (page.Count < chunk)
                break;
        }
    }

    /// <exception cref="DomainValidationException">The sort key is unknown.</exception>
    public static void CheckSort(string? sort) => CrmSorts.Check(sort, ContactSearch.SortKeys);

    private static IQueryable<Contact> Filter(PortalDbContext db, ContactSearch search)
    {
        var query = db.Contacts.AsNoTracking();
        if (search.AccountId is { } accountId)
            query = query.Where(c => c.AccountId == accountId);
        if (!string.IsNullOrWhiteSpace(search.OwnerId))
            query = query.Where(c => c.OwnerId == search.OwnerId);
        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var pattern = LikePatterns.Containing(search.Q.Trim());
            query = query.Where(c => EF.Functions.Like(c.FirstName + " " + c.LastName, pattern, LikePatterns.Escape)
                || EF.Functions.Like(c.Email!, pattern, LikePatterns.Escape) || EF.Functions.Like(c.Phone!, pattern, LikePatterns.Escape)
                || EF.Functions.Like(c.ExternalId!, pattern, LikePatterns.Escape));
        }

        return query;
    }

    private static IQueryable<Contact> Sort(IQueryable<Contact> query, string? sort)
    {
        var (key, descending) = CrmSorts.Parse(sort);
        IOrderedQueryable<Contact> ordered = key switch
        {
            "email" => descending ? query.OrderByDescending(c => c.Email) : query.OrderBy(c => c.Email),
            "account" => descending ? query.OrderByDescending(c => c.Account!.Name) : query.OrderBy(c => c.Account!.Name),
            "createdAt" => descending ? query.OrderByDescending(c => c.CreatedAt) : query.OrderBy(c => c.CreatedAt),
            "updatedAt" => descending ? query.OrderByDescending(c => c.UpdatedAt) : query.OrderBy(c => c.UpdatedAt),
            _ => descending
                ? query.OrderByDescending(c => c.LastName).ThenByDescending(c => c.FirstName)
                : query.OrderBy(c => c.LastName).ThenBy(c => c.FirstName),
        };
        return ordered.ThenBy(c => c.Id);
    }
}
