using Lodestar.Domain.Data;
using Lodestar.Domain.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm.Activities;

/// <summary>
/// A contact's timeline: its activities (its own and those on its deals and tickets) and the product events of the
/// profile it resolved to, one page at a time; the merge is <see cref="ContactTimelineCalculator"/>'s.
/// </summary>
public sealed class ContactTimelineService(IDbContextFactory<PortalDbContext> contexts, ProfileQueryService profiles)
{
    public const int MaxLimit = 200;

    /// <summary>How many merges to follow from the contact's profile to the one that holds its events now.</summary>
    private const int MaxMergeHops = 5;

    /// <exception cref="NotFoundException">There is no such contact.</exception>
    public async Task<TimelinePage> GetAsync(long contactId, TimelineCursor? before, int limit, CancellationToken cancellationToken)
    {
        limit = Math.Clamp(limit, 1, MaxLimit);
        var wanted = ContactTimelineCalculator.Wanted(limit);
        await using var db = contexts.CreateDbContext();
        if (!await db.Contacts.AnyAsync(c => c.Id == contactId, cancellationToken))
            throw new NotFoundException($"There is no contact with id {contactId}.");
        var activities = await ActivitiesAsync(db, contactId, before, wanted, cancellationToken);
        var events = await EventsAsync(db, contactId, before, wanted, cancellationToken);
        return ContactTimelineCalculator.Merge(activities, events, before, limit);
    }

    private static async Task<List<TimelineItem>> ActivitiesAsync(PortalDbContext db, long contactId, TimelineCursor? before, int wanted, CancellationToken cancellationToken)
    {
        var deals = db.Deals.Where(d => d.ContactId == contactId).Select(d => (long?)d.Id);
        var tickets = db.CrmTickets.Where(t => t.ContactId == contactId).Select(t => (long?)t.Id);
        var query = db.CrmActivities.AsNoTracking().Where(a => a.ContactId == contactId || deals.Contains(a.DealId) || tickets.Contains(a.TicketId));
        if (before is not null)
        {
            // At the cursor's time, activities come before events: after an event there, every activity there was shown.
            var (at, id) = (before.At, before.Source == TimelineSource.Activity ? before.Id : 0);
            query = query.Where(a => a.OccurredAt < at || (a.OccurredAt == at && a.Id < id));
        }

        var rows = await query.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id).Take(wanted).ToListAsync(cancellationToken);
        return rows.Select(a => new TimelineItem(TimelineSource.Activity, a.Id, ActivityNames.Of(a.Kind), a.Subject, a.OccurredAt,
            a.DealId is { } deal ? $"crm/deals/{deal}" : a.TicketId is { } ticket ? $"crm/tickets/{ticket}" : $"crm/contacts/{contactId}")).ToList();
    }

    private async Task<List<TimelineItem>> EventsAsync(PortalDbContext db, long contactId, TimelineCursor? before, int wanted, CancellationToken cancellationToken)
    {
        if (await ProfileOfAsync(db, contactId, cancellationToken) is not { } profileId)
            return [];
        var beforeId = before?.Source switch { TimelineSource.Event => before.Id, TimelineSource.Activity => long.MaxValue, _ => 0 };
        var page = await profiles.TimelineAsync(
            new ProfileTimelineQuery(profileId, BeforeId: beforeId, Limit: wanted, BeforeTime: before?.At ?? DateTime.MaxValue), cancellationToken);
        return page.Items.Select(e => new TimelineItem(TimelineSource.Event, e.Id, "event", e.Name ?? e.Type.ToString().ToLowerInvariant(), e.Timestamp,
            $"profiles/{profileId}")).ToList();
    }

    /// <summary>The living profile the contact resolved to: a merged one's events are on its survivor.</summary>
    private static async Task<long?> ProfileOfAsync(PortalDbContext db, long contactId, CancellationToken cancellationToken)
    {
        if (!(await CrmLookups.ProfilesOfAsync(db, [contactId], cancellationToken)).TryGetValue(contactId, out var profileId))
            return null;
        for (var hop = 0; hop < MaxMergeHops; hop++)
        {
            var survivor = await db.Profiles.Where(p => p.Id == profileId).Select(p => p.MergedIntoId).FirstOrDefaultAsync(cancellationToken);
            if (survivor is not { } next)
                break;
            profileId = next;
        }

        return profileId;
    }
}
