using System.Globalization;
using Lodestar.Domain.Crm;
using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Identity.Duplicates;

/// <summary>Which CRM contacts each profile holds (through their contact-id identifiers), for the review queue.</summary>
internal static class DuplicateContacts
{
    public static async Task<Dictionary<long, IReadOnlyList<DuplicateContact>>> OfProfilesAsync(
        PortalDbContext db, IEnumerable<long> profileIds, CancellationToken cancellationToken)
    {
        var ids = profileIds.Distinct().ToList();
        var links = await db.ProfileIdentifiers.AsNoTracking()
            .Where(i => i.Type == CrmMessages.ContactIdType && ids.Contains(i.ProfileId))
            .Select(i => new { i.ProfileId, i.Value }).ToListAsync(cancellationToken);
        var contactIds = links.Select(l => long.TryParse(l.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).Distinct().ToList();
        var contacts = await db.Contacts.AsNoTracking().Where(c => contactIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id.ToString(CultureInfo.InvariantCulture), c => new DuplicateContact(c.Id, c.ExternalId, $"{c.FirstName} {c.LastName}"), cancellationToken);
        // A deleted contact keeps its identifier on the profile; it is simply not listed.
        return links.Where(l => contacts.ContainsKey(l.Value)).GroupBy(l => l.ProfileId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<DuplicateContact>)g.Select(l => contacts[l.Value]).ToList());
    }
}
