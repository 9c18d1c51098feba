using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Identity;

/// <summary>Reads the part of the identity graph a batch of messages touches.</summary>
public sealed class IdentityStore(IDbContextFactory<PortalDbContext> contexts)
{
    private const int Chunk = 500;

    /// <summary>The profiles owning any of <paramref name="keys"/>, with all their identifiers and traits.</summary>
    public async Task<IdentityGraph> LoadAsync(IReadOnlyCollection<IdentifierKey> keys, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var graph = new IdentityGraph((await db.Profiles.MaxAsync(p => (long?)p.Id, cancellationToken) ?? 0) + 1);
        var wanted = keys.ToHashSet();
        var profileIds = new HashSet<long>();
        foreach (var chunk in wanted.Select(k => k.Value).Distinct().Chunk(Chunk))
        {
            var owners = await db.ProfileIdentifiers.AsNoTracking().Where(i => chunk.Contains(i.Value))
                .Select(i => new { i.Type, i.Value, i.ProfileId }).ToListAsync(cancellationToken);
            profileIds.UnionWith(owners.Where(o => wanted.Contains(new IdentifierKey(o.Type, o.Value))).Select(o => o.ProfileId));
        }

        foreach (var chunk in profileIds.Chunk(Chunk))
        {
            var profiles = await db.Profiles.AsNoTracking().Where(p => chunk.Contains(p.Id)).ToListAsync(cancellationToken);
            var identifiers = (await db.ProfileIdentifiers.AsNoTracking().Where(i => chunk.Contains(i.ProfileId))
                .OrderBy(i => i.FirstEventId).ToListAsync(cancellationToken)).ToLookup(i => i.ProfileId);
            var traits = (await db.ProfileTraits.AsNoTracking().Where(t => chunk.Contains(t.ProfileId))
                .ToListAsync(cancellationToken)).ToLookup(t => t.ProfileId);
            foreach (var row in profiles)
                graph.Load(ToState(row, identifiers[row.Id], traits[row.Id]));
        }

        return graph;
    }

    /// <summary>Every unmerge and accepted duplicate, oldest first.</summary>
    public async Task<List<IdentityOverride>> OverridesAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.IdentityOverrides.AsNoTracking().OrderBy(o => o.Id).ToListAsync(cancellationToken);
    }

    private static ProfileState ToState(Profile row, IEnumerable<ProfileIdentifier> identifiers, IEnumerable<ProfileTrait> traits)
    {
        var state = new ProfileState(row.Id, row.FirstSeenAt)
        {
            MergedIntoId = row.MergedIntoId,
            LastSeenAt = row.LastSeenAt,
            EventCount = row.EventCount,
        };
        state.Identifiers.AddRange(identifiers.Select(i => new IdentifierKey(i.Type, i.Value)));
        foreach (var trait in traits)
            state.Traits[trait.Key] = new TraitState(trait.Value, trait.UpdatedAt, trait.EventId, trait.MessageId);
        return state;
    }
}
