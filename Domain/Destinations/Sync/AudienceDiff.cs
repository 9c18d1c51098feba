using Lodestar.Domain.Data;
using Lodestar.Domain.Segments.Queries;
using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Destinations.Sync;

/// <summary>
/// Who a connection's destination should hold (the segment's members, less those without the destination's consent
/// category) against who it holds (<see cref="DestinationMember"/>): adds and removes as set-based queries.
/// </summary>
internal sealed class AudienceDiff(PortalDbContext db, DestinationConnection connection, string? consentCategory, bool full)
{
    private readonly long _connectionId = connection.Id;
    private readonly long _segmentId = connection.SegmentId;

    public IQueryable<long> Members => db.SegmentMembers.Where(m => m.SegmentId == _segmentId).Select(m => m.ProfileId);

    public IQueryable<long> Desired
    {
        get
        {
            if (consentCategory is null)
                return Members;
            var granted = new ConsentSets(db).Matching(new ConsentCondition(consentCategory), Members);
            return Members.Where(p => granted.Contains(p));
        }
    }

    /// <summary>Everyone desired on a full sync; otherwise those the destination does not hold yet.</summary>
    public IQueryable<long> Adds => full
        ? Desired
        : Desired.Where(p => !db.DestinationMembers.Any(m => m.ConnectionId == _connectionId && m.ProfileId == p));

    public IQueryable<long> Removes
    {
        get
        {
            var desired = Desired;
            return db.DestinationMembers.Where(m => m.ConnectionId == _connectionId && !desired.Contains(m.ProfileId)).Select(m => m.ProfileId);
        }
    }
}
