using Lodestar.Domain.Data;
using Lodestar.Domain.Events;
using Lodestar.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Deletion;

/// <summary>
/// One batch of a person's events: deleted (with their profile links and the daily counts lowered), anonymised, or, for
/// other people's events that mention the person, scrubbed. The caller commits each batch with the receipt.
/// </summary>
internal static class EventErasure
{
    public static async Task<DeletionReceipt> DeleteAsync(PortalDbContext db, IReadOnlyList<long> ids, DeletionReceipt receipt, CancellationToken cancellationToken)
    {
        var days = await db.Events.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new { e.Timestamp, e.Type }).ToListAsync(cancellationToken);
        var tallies = days.GroupBy(e => (Day: DateTime.SpecifyKind(e.Timestamp.Date, DateTimeKind.Utc), e.Type)).Select(g => (g.Key.Day, g.Key.Type, Count: (long)g.Count()));
        long decremented = 0;
        foreach (var (day, type, count) in tallies)
            decremented += await db.EventDailyCounts.Where(c => c.Day == day && c.Type == type)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, c => c.Count > count ? c.Count - count : 0), cancellationToken);
        var links = await db.EventProfiles.Where(e => ids.Contains(e.EventId)).ExecuteDeleteAsync(cancellationToken);
        var events = await db.Events.Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
        return receipt.Add(DeletionStores.Of<TrackedEvent>(db), "deleted", events)
            .Add(DeletionStores.Of<EventProfile>(db), "deleted", links)
            .Add(DeletionStores.Of<EventDailyCount>(db), "decremented", decremented);
    }

    public static async Task<DeletionReceipt> AnonymiseAsync(PortalDbContext db, IReadOnlyList<long> ids, IReadOnlyCollection<string> values, string anonymousId,
        string region, DeletionReceipt receipt, CancellationToken cancellationToken)
    {
        var events = await db.Events.Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var e in events)
        {
            var raw = EventPayloadScrubber.Anonymise(e.Raw, values, anonymousId, region);
            if (raw == e.Raw && e.UserId is null && e.AnonymousId == anonymousId)
                continue;
            e.Raw = raw;
            e.AnonymousId = anonymousId;
            e.UserId = e.PreviousId = e.Email = e.Phone = e.DeviceId = e.ExternalIds = null;
            e.GroupId = EventPayloadScrubber.Mentions(e.GroupId, values, region) ? null : e.GroupId;
            e.Name = EventPayloadScrubber.Mentions(e.Name, values, region) ? EventPayloadScrubber.Erased : e.Name;
            e.Referrer = EventPayloadScrubber.Mentions(e.Referrer, values, region) ? null : e.Referrer;
            changed++;
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        var links = await db.EventProfiles.Where(e => ids.Contains(e.EventId)).ExecuteDeleteAsync(cancellationToken);
        return receipt.Add(DeletionStores.Of<TrackedEvent>(db), "anonymised", changed).Add(DeletionStores.Of<EventProfile>(db), "deleted", links);
    }

    /// <summary>Someone else's events: the person's values are replaced in the message, and identifier columns holding one are emptied.</summary>
    /// <param name="region">The identity rules' default region, to read phone numbers sent without a country code.</param>
    public static async Task<DeletionReceipt> ScrubAsync(PortalDbContext db, IReadOnlyList<long> ids, IReadOnlyCollection<string> values, string anonymousId,
        string region, DeletionReceipt receipt, CancellationToken cancellationToken)
    {
        var events = await db.Events.Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var e in events)
        {
            var raw = EventPayloadScrubber.Scrub(e.Raw, values, region);
            var columns = new[] { e.UserId, e.AnonymousId, e.PreviousId, e.Email, e.Phone, e.DeviceId, e.ExternalIds };
            if (raw == e.Raw && !columns.Any(c => Mentions(c, values, region)))
                continue;
            e.Raw = raw;
            e.UserId = Mentions(e.UserId, values, region) ? null : e.UserId;
            e.PreviousId = Mentions(e.PreviousId, values, region) ? null : e.PreviousId;
            e.Email = Mentions(e.Email, values, region) ? null : e.Email;
            e.Phone = Mentions(e.Phone, values, region) ? null : e.Phone;
            e.DeviceId = Mentions(e.DeviceId, values, region) ? null : e.DeviceId;
            e.ExternalIds = EventPayloadScrubber.Mentions(e.ExternalIds, values, region) ? null : e.ExternalIds;
            e.AnonymousId = Mentions(e.AnonymousId, values, region) ? null : e.AnonymousId;
            // Every stored message has a userId or an anonymousId.
            if (e.UserId is null && e.AnonymousId is null)
                e.AnonymousId = anonymousId;
            changed++;
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return receipt.Add(DeletionStores.Of<TrackedEvent>(db), "scrubbed", changed);
    }

    private static bool Mentions(string? column, IReadOnlyCollection<string> values, string region) => EventPayloadScrubber.Mentions(column, values, region);
}
