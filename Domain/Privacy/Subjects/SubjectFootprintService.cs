using Lodestar.Domain.Data;
using Lodestar.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Subjects;

/// <summary>
/// Locates a data subject: from one identifier, through the identity graph, to every linked profile, identifier, CRM
/// contact and event (see <see cref="SubjectFootprint"/>). Reads only. Events not resolved yet count when they carry one
/// of the person's identifiers; the new identifiers they carry join the person unless another profile owns them (then
/// resolution would have to decide, and an erasure must never take someone else's data).
/// </summary>
public sealed class SubjectFootprintService(
    IDbContextFactory<PortalDbContext> contexts, IdentityRulesService rules, IdentityEventReader events, IdentityChangeWriter identity)
{
    private const int Chunk = 500;

    /// <exception cref="DomainValidationException">The type is unknown or the value identifies nobody.</exception>
    public async Task<IdentifierKey> ParseAsync(string? type, string? value, CancellationToken cancellationToken) =>
        SubjectIdentifierParser.Parse(type, value, await rules.GetAsync(cancellationToken));

    public Task<SubjectFootprint> LocateAsync(IdentifierKey seed, CancellationToken cancellationToken) => LocateAsync(seed, [seed], cancellationToken);

    /// <param name="known">More identifiers already known to be the person's (a repeated request); the seed is always included.</param>
    public async Task<SubjectFootprint> LocateAsync(IdentifierKey seed, IEnumerable<IdentifierKey> known, CancellationToken cancellationToken)
    {
        var extractor = new IdentifierExtractor(new IdentifierNormalizer(await rules.GetAsync(cancellationToken)));
        await using var db = contexts.CreateDbContext();
        var walk = new SubjectGraphWalk(db, extractor);
        await walk.ExpandAsync(known.Append(seed), cancellationToken);

        var tail = await SubjectTail.ReadAsync(events, await identity.WatermarkAsync(cancellationToken), extractor, cancellationToken);
        List<long> tailEvents;
        while (true)
        {
            (tailEvents, var carried) = tail.Carrying(walk.Identifiers);
            carried.ExceptWith(walk.Identifiers);
            if (carried.Count == 0)
                break;
            var joining = await walk.UnownedByOthersAsync(carried, cancellationToken);
            if (joining.Count == 0)
                break;
            await walk.ExpandAsync(joining, cancellationToken);
        }

        var eventIds = new HashSet<long>(tailEvents);
        foreach (var chunk in walk.Profiles.Chunk(Chunk))
            eventIds.UnionWith(await db.EventProfiles.AsNoTracking().Where(e => chunk.Contains(e.ProfileId)).Select(e => e.EventId).ToListAsync(cancellationToken));
        var mentions = await MentionsAsync(db, walk.Identifiers, eventIds, cancellationToken);
        var values = await PersonalValueCollector.CollectAsync(db, walk.Identifiers.Select(i => i.Value), walk.Profiles, walk.Contacts, cancellationToken);
        return new SubjectFootprint
        {
            Seed = seed,
            Identifiers = walk.Identifiers,
            ProfileIds = walk.Profiles,
            ContactIds = walk.Contacts,
            EventIds = eventIds.Order().ToList(),
            MentionEventIds = mentions,
            PersonalValues = values,
        };
    }

    /// <summary>Events of others on which identity resolution recorded one of the identifiers as a conflict.</summary>
    private static async Task<List<long>> MentionsAsync(PortalDbContext db, IReadOnlySet<IdentifierKey> identifiers, HashSet<long> own,
        CancellationToken cancellationToken)
    {
        var found = new HashSet<long>();
        foreach (var chunk in identifiers.Select(i => i.Value).Distinct().Chunk(Chunk))
        {
            var rows = await db.IdentityConflicts.AsNoTracking().Where(c => chunk.Contains(c.IdentifierValue))
                .Select(c => new { c.IdentifierType, c.IdentifierValue, c.EventId }).ToListAsync(cancellationToken);
            found.UnionWith(rows.Where(r => identifiers.Contains(new IdentifierKey(r.IdentifierType, r.IdentifierValue)) && !own.Contains(r.EventId))
                .Select(r => r.EventId));
        }

        return found.Order().ToList();
    }
}
