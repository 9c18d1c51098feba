using System.Globalization;
using Lodestar.Domain.Crm;
using Lodestar.Domain.Data;
using Lodestar.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Subjects;

/// <summary>
/// Walks the stored identity graph from identifiers to everything linked: the profiles owning them (up to the living
/// root, and every profile merged into it), all their identifiers, and the CRM contacts named by a <c>crm_contact_id</c>
/// or holding one of the emails, until nothing new turns up.
/// </summary>
internal sealed class SubjectGraphWalk(PortalDbContext db, IdentifierExtractor extractor)
{
    private const int Chunk = 500;

    private readonly HashSet<IdentifierKey> _identifiers = [];
    private readonly HashSet<long> _profiles = [];
    private readonly HashSet<long> _contacts = [];

    public IReadOnlySet<IdentifierKey> Identifiers => _identifiers;

    public IReadOnlySet<long> Profiles => _profiles;

    public IReadOnlySet<long> Contacts => _contacts;

    public async Task ExpandAsync(IEnumerable<IdentifierKey> keys, CancellationToken cancellationToken)
    {
        var pending = keys.Where(_identifiers.Add).ToList();
        while (pending.Count > 0)
        {
            var found = new List<IdentifierKey>();
            var owners = await OwnersAsync(pending, cancellationToken);
            var newProfiles = await WithMergedAsync(owners.Values.Where(p => !_profiles.Contains(p)).ToHashSet(), cancellationToken);
            foreach (var chunk in newProfiles.Chunk(Chunk))
                found.AddRange(await db.ProfileIdentifiers.AsNoTracking().Where(i => chunk.Contains(i.ProfileId))
                    .Select(i => new IdentifierKey(i.Type, i.Value)).ToListAsync(cancellationToken));
            found.AddRange(await ContactsAsync(pending, cancellationToken));
            pending = found.Where(_identifiers.Add).ToList();
        }
    }

    /// <summary>Keeps the identifiers no other person's profile owns (new ones, or already this person's).</summary>
    public async Task<List<IdentifierKey>> UnownedByOthersAsync(IReadOnlyCollection<IdentifierKey> keys, CancellationToken cancellationToken)
    {
        var owners = await OwnersAsync(keys, cancellationToken);
        return keys.Where(k => !owners.TryGetValue(k, out var owner) || _profiles.Contains(owner)).ToList();
    }

    private async Task<Dictionary<IdentifierKey, long>> OwnersAsync(IReadOnlyCollection<IdentifierKey> keys, CancellationToken cancellationToken)
    {
        var owners = new Dictionary<IdentifierKey, long>();
        var wanted = keys.ToHashSet();
        foreach (var chunk in wanted.Select(k => k.Value).Distinct().Chunk(Chunk))
        {
            var rows = await db.ProfileIdentifiers.AsNoTracking().Where(i => chunk.Contains(i.Value))
                .Select(i => new { i.Type, i.Value, i.ProfileId }).ToListAsync(cancellationToken);
            foreach (var row in rows.Where(r => wanted.Contains(new IdentifierKey(r.Type, r.Value))))
                owners[new IdentifierKey(row.Type, row.Value)] = row.ProfileId;
        }

        return owners;
    }

    /// <summary>Adds the profiles, the roots they were merged into and the profiles merged into those; returns the ones new to the walk.</summary>
    private async Task<List<long>> WithMergedAsync(HashSet<long> start, CancellationToken cancellationToken)
    {
        var added = new List<long>();
        var frontier = start.Where(_profiles.Add).ToList();
        added.AddRange(frontier);
        while (frontier.Count > 0)
        {
            var next = new List<long>();
            foreach (var chunk in frontier.Chunk(Chunk))
            {
                next.AddRange(await db.Profiles.AsNoTracking().Where(p => chunk.Contains(p.Id) && p.MergedIntoId != null)
                    .Select(p => p.MergedIntoId!.Value).ToListAsync(cancellationToken));
                next.AddRange(await db.Profiles.AsNoTracking().Where(p => p.MergedIntoId != null && chunk.Contains(p.MergedIntoId.Value))
                    .Select(p => p.Id).ToListAsync(cancellationToken));
            }

            frontier = next.Where(_profiles.Add).ToList();
            added.AddRange(frontier);
        }

        return added;
    }

    /// <summary>Contacts named by the identifiers; returns the identifiers the new ones bring (their id, email and phone).</summary>
    private async Task<List<IdentifierKey>> ContactsAsync(IReadOnlyCollection<IdentifierKey> keys, CancellationToken cancellationToken)
    {
        var ids = keys.Where(k => k.Type == CrmMessages.ContactIdType)
            .Select(k => long.TryParse(k.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).ToList();
        var emails = keys.Where(k => k.Type == IdentifierTypes.Email).Select(k => k.Value).ToList();
        if (ids.Count == 0 && emails.Count == 0)
            return [];
        var contacts = await db.Contacts.AsNoTracking().Where(c => ids.Contains(c.Id) || emails.Contains(c.Email!))
            .Select(c => new { c.Id, c.Email, c.Phone }).ToListAsync(cancellationToken);
        var found = new List<IdentifierKey>();
        foreach (var contact in contacts.Where(c => _contacts.Add(c.Id)))
        {
            found.Add(new IdentifierKey(CrmMessages.ContactIdType, contact.Id.ToString(CultureInfo.InvariantCulture)));
            if (extractor.KeyOf(IdentifierTypes.Email, contact.Email) is { } email)
                found.Add(email);
            if (extractor.KeyOf(IdentifierTypes.Phone, contact.Phone) is { } phone)
                found.Add(phone);
        }

        return found;
    }
}
