using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm;

/// <summary>The duplicate warning on save: exact matches on what identifies a person, as people type them.</summary>
internal static class ContactDuplicates
{
    private const int Max = 10;

    public static async Task<IReadOnlyList<PossibleDuplicate>> FindAsync(PortalDbContext db, ContactFields input, long? exceptId, CancellationToken cancellationToken)
    {
        var email = Clean(input.Email);
        var phone = Clean(input.Phone);
        var externalId = Clean(input.ExternalId);
        var first = Clean(input.FirstName);
        var last = Clean(input.LastName);
        var found = new List<PossibleDuplicate>();
        var contacts = db.Contacts.AsNoTracking().Where(c => c.Id != exceptId);
        if (email is not null)
            await AddAsync(found, contacts.Where(c => c.Email != null && c.Email.ToLower() == email.ToLower()), "same email", cancellationToken);
        if (phone is not null)
            await AddAsync(found, contacts.Where(c => c.Phone == phone), "same phone", cancellationToken);
        if (externalId is not null)
            await AddAsync(found, contacts.Where(c => c.ExternalId == externalId), "same external id", cancellationToken);
        if (first is not null && last is not null && input.BirthDate is { } born)
            await AddAsync(found, contacts.Where(c => c.FirstName.ToLower() == first.ToLower() && c.LastName.ToLower() == last.ToLower() && c.BirthDate == born),
                "same name and birth date", cancellationToken);
        return found.GroupBy(d => d.Id).Select(g => g.First() with { Reason = string.Join(", ", g.Select(d => d.Reason)) }).Take(Max).ToList();
    }

    private static async Task AddAsync(List<PossibleDuplicate> found, IQueryable<Contact> matches, string reason, CancellationToken cancellationToken)
    {
        var rows = await matches.OrderBy(c => c.Id).Take(Max).Select(c => new { c.Id, c.FirstName, c.LastName }).ToListAsync(cancellationToken);
        found.AddRange(rows.Select(r => new PossibleDuplicate(r.Id, $"{r.FirstName} {r.LastName}", reason)));
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
