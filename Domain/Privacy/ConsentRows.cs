using Lodestar.Domain.Data;
using Lodestar.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy;

/// <summary>
/// Adds a write batch's tracking consent changes through EF inside the caller's transaction (the provider-neutral
/// path): one read of the stored state for the batch's keys, then one insert of the rows that change something.
/// </summary>
internal static class ConsentRows
{
    public static async Task AddTrackingAsync(PortalDbContext db, IReadOnlyList<TrackedEvent> events, bool[] inserted, CancellationToken cancellationToken)
    {
        var candidates = TrackingConsent.Candidates(events, inserted);
        if (candidates.Count == 0)
            return;
        var firsts = candidates.Where(c => c.First).Select(c => c.Change).ToList();
        var stored = new Dictionary<(string, string, string), bool>();
        foreach (var chunk in firsts.Select(c => c.IdentifierValue).Distinct().Chunk(500))
        {
            var rows = await db.ConsentChanges.AsNoTracking().Where(c => chunk.Contains(c.IdentifierValue))
                .OrderBy(c => c.OccurredAt).ThenBy(c => c.Id)
                .Select(c => new { c.IdentifierType, c.IdentifierValue, c.Category, c.Granted }).ToListAsync(cancellationToken);
            // Ordered oldest first, so the last write per key is its current state.
            foreach (var row in rows)
                stored[(row.IdentifierType, row.IdentifierValue, row.Category)] = row.Granted;
        }

        foreach (var candidate in candidates)
        {
            var c = candidate.Change;
            if (candidate.First && stored.TryGetValue((c.IdentifierType, c.IdentifierValue, c.Category), out var granted) && granted == c.Granted)
                continue;
            db.ConsentChanges.Add(c);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
