using Lodestar.Domain.Data;
using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Segments.Queries;

/// <summary>
/// Consent conditions: a profile has granted a category when the latest change for it over all the profile's
/// identifiers (by time, then by id) grants it. "Has not granted" is every other living profile: denied or unknown.
/// </summary>
internal sealed class ConsentSets(PortalDbContext db)
{
    public IQueryable<long> Matching(ConsentCondition condition, IQueryable<long> living)
    {
        var category = condition.Category;
        var rows = from c in db.ConsentChanges
                   where c.Category == category
                   join i in db.ProfileIdentifiers on new { T = c.IdentifierType, V = c.IdentifierValue } equals new { T = i.Type, V = i.Value }
                   select new { i.ProfileId, c.Granted, c.OccurredAt, c.Id };
        // A granting row is current when no row of the same profile is later: one NOT EXISTS, no window functions.
        var granted = rows.Where(r => r.Granted && !rows.Any(o => o.ProfileId == r.ProfileId
                && (o.OccurredAt > r.OccurredAt || (o.OccurredAt == r.OccurredAt && o.Id > r.Id))))
            .Select(r => r.ProfileId);
        return condition.Granted ? granted : living.Except(granted);
    }
}
