using Lodestar.Domain.Data;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Segments.Facts;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Deletion;

/// <summary>
/// The person's part of the identity graph and what is derived from it: profiles (merged ones too), identifiers, traits,
/// the merge ledger, conflicts, admins' links and separations, duplicate suggestions, event links and segment facts.
/// </summary>
internal static class IdentityRowErasure
{
    public static async Task<DeletionReceipt> EraseAsync(PortalDbContext db, DeletionPlan plan, IReadOnlyList<long> eventIds, DeletionReceipt receipt,
        DateTime now, CancellationToken cancellationToken)
    {
        var profiles = plan.ProfileIds;
        var values = plan.Identifiers.Select(i => i.Value).Distinct().ToList();
        var keys = plan.Identifiers.ToHashSet();

        var segmentEvents = await db.SegmentEvents.Where(e => profiles.Contains(e.ProfileId)).ExecuteDeleteAsync(cancellationToken);
        if (segmentEvents > 0)
            await SegmentEventsVersion.StageNextAsync(db, now, cancellationToken);
        receipt = receipt.Add(DeletionStores.Of<SegmentEvent>(db), "deleted", segmentEvents)
            .Add(DeletionStores.Of<EventProfile>(db), "deleted", await db.EventProfiles.Where(e => profiles.Contains(e.ProfileId)).ExecuteDeleteAsync(cancellationToken))
            .Add(DeletionStores.Of<ProfileTrait>(db), "deleted", await db.ProfileTraits.Where(t => profiles.Contains(t.ProfileId)).ExecuteDeleteAsync(cancellationToken))
            .Add(DeletionStores.Of<ProfileIdentifier>(db), "deleted", await db.ProfileIdentifiers.Where(i => profiles.Contains(i.ProfileId)).ExecuteDeleteAsync(cancellationToken))
            .Add(DeletionStores.Of<ProfileMerge>(db), "deleted",
                await db.ProfileMerges.Where(m => profiles.Contains(m.SurvivorId) || profiles.Contains(m.MergedId)).ExecuteDeleteAsync(cancellationToken));

        // Conflicts name the profile, the event or the identifier (another person's event that carried it).
        var conflicts = (await db.IdentityConflicts.AsNoTracking()
                .Where(c => (c.ProfileId != null && profiles.Contains(c.ProfileId.Value)) || eventIds.Contains(c.EventId) || values.Contains(c.IdentifierValue))
                .Select(c => new { c.Id, c.ProfileId, c.EventId, c.IdentifierType, c.IdentifierValue }).ToListAsync(cancellationToken))
            .Where(c => (c.ProfileId is { } p && profiles.Contains(p)) || eventIds.Contains(c.EventId) || keys.Contains(new IdentifierKey(c.IdentifierType, c.IdentifierValue)))
            .Select(c => c.Id).ToList();
        var overrides = (await db.IdentityOverrides.AsNoTracking().Where(o => values.Contains(o.LeftValue) || values.Contains(o.RightValue))
                .Select(o => new { o.Id, o.LeftType, o.LeftValue, o.RightType, o.RightValue }).ToListAsync(cancellationToken))
            .Where(o => keys.Contains(new IdentifierKey(o.LeftType, o.LeftValue)) || keys.Contains(new IdentifierKey(o.RightType, o.RightValue)))
            .Select(o => o.Id).ToList();
        return receipt
            .Add(DeletionStores.Of<IdentityConflict>(db), "deleted", await db.IdentityConflicts.Where(c => conflicts.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken))
            .Add(DeletionStores.Of<IdentityOverride>(db), "deleted", await db.IdentityOverrides.Where(o => overrides.Contains(o.Id)).ExecuteDeleteAsync(cancellationToken))
            .Add(DeletionStores.Of<DuplicateSuggestion>(db), "deleted", await db.DuplicateSuggestions
                .Where(s => profiles.Contains(s.LeftProfileId) || profiles.Contains(s.RightProfileId)).ExecuteDeleteAsync(cancellationToken))
            .Add(DeletionStores.Of<Profile>(db), "deleted", await db.Profiles.Where(p => profiles.Contains(p.Id)).ExecuteDeleteAsync(cancellationToken));
    }
}
