using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Identity;

/// <summary>
/// Admins' corrections to the identity graph. An unmerge is recorded as a separation (the two sides' strongest
/// identifiers never share a profile again) and takes effect with the next rebuild, which recomputes traits and
/// timelines of both sides from their events.
/// </summary>
public sealed class IdentityDecisionService(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    /// <exception cref="NotFoundException">No such profile, or the merge is not in its history.</exception>
    /// <exception cref="DomainValidationException">The profile was merged away, or the merge is already undone.</exception>
    public async Task<IdentityOverride> UnmergeAsync(long profileId, UnmergeTarget target, string by, CancellationToken cancellationToken)
    {
        if (target.MergeId is null && (string.IsNullOrWhiteSpace(target.IdentifierType) || string.IsNullOrWhiteSpace(target.IdentifierValue)))
            throw new DomainValidationException("mergeId", "Say which merge to undo: mergeId, or identifierType and identifierValue.");
        await using var db = contexts.CreateDbContext();
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == profileId, cancellationToken)
            ?? throw new NotFoundException($"There is no profile {profileId}.");
        if (profile.MergedIntoId is { } into)
            throw new DomainValidationException("profileId", $"Profile {profileId} is now part of profile {into}; unmerge it there.");
        var merge = Find(await MergeHistory.LoadAsync(db, profileId, cancellationToken), target)
            ?? throw new NotFoundException(target.MergeId is { } id
                ? $"Merge {id} is not in the history of profile {profileId}."
                : $"No merge of profile {profileId} was made by {target.IdentifierType} {target.IdentifierValue}.");
        if (merge.SurvivorAnchorValue.Length == 0 || merge.MergedAnchorValue.Length == 0)
            throw new DomainValidationException("mergeId", "This merge was recorded before unmerging was possible; rebuild identities once, then unmerge.");
        var separation = new IdentityOverride
        {
            Kind = IdentityOverrideKind.Separate,
            LeftType = merge.SurvivorAnchorType,
            LeftValue = merge.SurvivorAnchorValue,
            RightType = merge.MergedAnchorType,
            RightValue = merge.MergedAnchorValue,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            CreatedBy = by,
            Reason = $"unmerge: profile {merge.MergedId} split from profile {merge.SurvivorId}",
        };
        var earlier = await db.IdentityOverrides.AsNoTracking()
            .Where(o => o.Kind == IdentityOverrideKind.Separate && (o.LeftValue == separation.LeftValue || o.LeftValue == separation.RightValue))
            .ToListAsync(cancellationToken);
        if (new IdentitySeparations(earlier.Select(o => (o.Left, o.Right))).Violated(new HashSet<IdentifierKey> { separation.Left, separation.Right }) is not null)
            throw new DomainValidationException("mergeId", $"Merge {merge.Id} is already undone; the profiles split when the identity rebuild has run.");
        db.IdentityOverrides.Add(separation);
        await db.SaveChangesAsync(cancellationToken);
        return separation;
    }

    private static ProfileMerge? Find(List<ProfileMerge> history, UnmergeTarget target)
    {
        if (target.MergeId is { } id)
            return history.FirstOrDefault(m => m.Id == id);
        return history.FirstOrDefault(m => string.Equals(m.IdentifierType, target.IdentifierType, StringComparison.OrdinalIgnoreCase)
            && string.Equals(m.IdentifierValue, target.IdentifierValue?.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
