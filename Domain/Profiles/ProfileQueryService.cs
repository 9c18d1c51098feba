using Lodestar.Domain.Data;
using Lodestar.Domain.Economics.Results;
using Lodestar.Domain.Events;
using Lodestar.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Profiles;

/// <summary>Reads profiles for the Profiles pages and <c>/api/profiles</c>.</summary>
public sealed class ProfileQueryService(IDbContextFactory<PortalDbContext> contexts, ProfileMatcher matcher)
{
    public async Task<ProfileSearchResult> SearchAsync(ProfileSearch search, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(search.Limit, 1, ProfileSearch.MaxLimit);
        var offset = Math.Max(0, search.Offset);
        await using var db = contexts.CreateDbContext();
        if (search.IdentifierType is not null || search.IdentifierValue is not null)
        {
            var ids = await matcher.ByIdentifierAsync(db, search.IdentifierType, search.IdentifierValue, cancellationToken);
            return new ProfileSearchResult(await SummariesAsync(db, ids.Skip(offset).Take(limit).ToList(), cancellationToken), ids.Count);
        }

        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var ids = await matcher.ByTextAsync(db, search.Q.Trim(), cancellationToken);
            return new ProfileSearchResult(await SummariesAsync(db, ids.Skip(offset).Take(limit).ToList(), cancellationToken), ids.Count);
        }

        var living = db.Profiles.AsNoTracking().Where(p => p.MergedIntoId == null);
        var total = await living.CountAsync(cancellationToken);
        var page = await living.OrderByDescending(p => p.LastSeenAt).ThenByDescending(p => p.Id)
            .Skip(offset).Take(limit).Select(p => p.Id).ToListAsync(cancellationToken);
        return new ProfileSearchResult(await SummariesAsync(db, page, cancellationToken), total);
    }

    /// <exception cref="NotFoundException">No profile has this id.</exception>
    public async Task<ProfileDetail> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no profile {id}. Profiles are numbered by identity resolution; search for the person instead.");
        var identifiers = await db.ProfileIdentifiers.AsNoTracking().Where(i => i.ProfileId == id)
            .OrderBy(i => i.FirstEventId).ThenBy(i => i.Type).ToListAsync(cancellationToken);
        var traits = await db.ProfileTraits.AsNoTracking().Where(t => t.ProfileId == id).OrderBy(t => t.Key).ToListAsync(cancellationToken);
        var history = await MergeHistory.LoadAsync(db, id, cancellationToken);
        var involved = history.Select(m => m.MergedId).Append(id).ToList();
        var conflicts = await db.IdentityConflicts.AsNoTracking().Where(c => c.ProfileId != null && involved.Contains(c.ProfileId.Value))
            .OrderByDescending(c => c.EventId).Take(100).ToListAsync(cancellationToken);
        var segments = await (from m in db.SegmentMembers.AsNoTracking()
                              where m.ProfileId == id
                              join s in db.Segments on m.SegmentId equals s.Id
                              orderby s.Name
                              select new ProfileSegment(s.Id, s.Name, m.EnteredAt)).ToListAsync(cancellationToken);
        return new ProfileDetail(profile, identifiers, traits, history, conflicts, segments, await ValueAsync(db, id, cancellationToken));
    }

    private static async Task<ProfileValue?> ValueAsync(PortalDbContext db, long id, CancellationToken cancellationToken)
    {
        var customer = await db.CustomerEconomics.AsNoTracking().FirstOrDefaultAsync(c => c.ProfileId == id, cancellationToken);
        var run = customer is null ? null : await db.EconomicsSnapshots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == EconomicsSnapshot.CurrentId, cancellationToken);
        return customer is null || run is null
            ? null
            : new ProfileValue(customer.Revenue, customer.Orders, run.Currency, customer.FirstPurchaseAt, customer.LastPurchaseAt, customer.Channel,
                customer.PredictedClv, customer.ProbabilityAlive, run.ComputedAt);
    }

    /// <exception cref="NotFoundException">No profile has this id.</exception>
    public async Task<EventPage> TimelineAsync(ProfileTimelineQuery query, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(query.Limit, 1, ProfileTimelineQuery.MaxLimit);
        await using var db = contexts.CreateDbContext();
        if (!await db.Profiles.AnyAsync(p => p.Id == query.ProfileId, cancellationToken))
            throw new NotFoundException($"There is no profile {query.ProfileId}.");
        var links = db.EventProfiles.Where(l => l.ProfileId == query.ProfileId);
        if (query is { BeforeTime: null, BeforeId: { } before })
            links = links.Where(l => l.EventId < before);
        var joined = from link in links
                     join e in db.Events.AsNoTracking() on link.EventId equals e.Id
                     select e;
        IQueryable<TrackedEvent> events;
        if (query.BeforeTime is { } time)
        {
            var id = query.BeforeId ?? long.MaxValue;
            events = joined.Where(e => e.Timestamp < time || (e.Timestamp == time && e.Id < id)).OrderByDescending(e => e.Timestamp).ThenByDescending(e => e.Id);
        }
        else
        {
            events = joined.OrderByDescending(e => e.Id);
        }

        if (query.Type is { } type)
            events = events.Where(e => e.Type == type);
        if (!string.IsNullOrWhiteSpace(query.Name))
            events = events.Where(e => e.Name == query.Name);
        var rows = await events.Take(limit).ToListAsync(cancellationToken);
        return new EventPage(await EventQueryService.ToItemsAsync(db, rows, cancellationToken), rows.Count == limit ? rows[^1].Id : null);
    }

    private static async Task<List<ProfileSummary>> SummariesAsync(PortalDbContext db, List<long> ids, CancellationToken cancellationToken)
    {
        var profiles = await db.Profiles.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var main = (await db.ProfileIdentifiers.AsNoTracking()
                .Where(i => ids.Contains(i.ProfileId) && (i.Type == IdentifierTypes.Email || i.Type == IdentifierTypes.UserId))
                .ToListAsync(cancellationToken))
            .ToLookup(i => (i.ProfileId, i.Type), i => i.Value);
        return ids.Where(profiles.ContainsKey).Select(id => new ProfileSummary(profiles[id],
            main[(id, IdentifierTypes.Email)].Order(StringComparer.Ordinal).FirstOrDefault(),
            main[(id, IdentifierTypes.UserId)].FirstOrDefault())).ToList();
    }
}
