using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Identity;

/// <summary>The merges behind a profile: into it, then into the profiles merged into it, and so on.</summary>
internal static class MergeHistory
{
    private const int Cap = 1_000;

    /// <returns>Newest first.</returns>
    public static async Task<List<ProfileMerge>> LoadAsync(PortalDbContext db, long profileId, CancellationToken cancellationToken)
    {
        var history = new List<ProfileMerge>();
        List<long> frontier = [profileId];
        while (frontier.Count > 0 && history.Count < Cap)
        {
            var ids = frontier;
            var merges = await db.ProfileMerges.AsNoTracking().Where(m => ids.Contains(m.SurvivorId)).ToListAsync(cancellationToken);
            history.AddRange(merges);
            frontier = merges.Select(m => m.MergedId).ToList();
        }

        return history.OrderByDescending(m => m.EventId).ThenBy(m => m.MergedId).ToList();
    }
}
