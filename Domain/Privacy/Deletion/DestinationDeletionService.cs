using Lodestar.Domain.Data;
using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.Sending;
using Lodestar.Domain.Destinations.Sync;
using Lodestar.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Deletion;

/// <summary>
/// The destinations side of an erasure: which destinations hold (or were ever sent) the person, with the identifiers
/// each was sent, and the delete call to those whose type supports one. The others are reported as not supported, so
/// someone can delete the person there by hand.
/// </summary>
public sealed class DestinationDeletionService(
    IDbContextFactory<PortalDbContext> contexts, DestinationTargets targets, DestinationTypes types, IEnumerable<IPersonDeletionSender> senders, TimeProvider time)
{
    private readonly Dictionary<DestinationType, IPersonDeletionSender> _senders = senders.ToDictionary(s => s.Info.Type);

    /// <summary>Every destination with a member or a sent ledger entry of the profiles, and what to ask it.</summary>
    public async Task<List<PlannedDestinationDeletion>> PlanAsync(IReadOnlyCollection<long> profiles, IReadOnlyCollection<IdentifierKey> identifiers,
        CancellationToken cancellationToken)
    {
        if (profiles.Count == 0)
            return [];
        await using var db = contexts.CreateDbContext();
        var connections = await db.DestinationConnections.AsNoTracking().Select(c => new { c.Id, c.DestinationId }).ToListAsync(cancellationToken);
        var connectionIds = connections.Select(c => c.Id).ToList();
        var destinationOf = connections.ToDictionary(c => c.Id, c => c.DestinationId);
        var members = await db.DestinationMembers.AsNoTracking().Where(m => connectionIds.Contains(m.ConnectionId) && profiles.Contains(m.ProfileId))
            .Select(m => new { m.ConnectionId, m.ProfileId }).ToListAsync(cancellationToken);
        var sent = await db.DestinationLedger.AsNoTracking()
            .Where(e => profiles.Contains(e.ProfileId) && e.Status == LedgerStatus.Sent && e.Payload != null)
            .Select(e => new { e.DestinationId, e.ProfileId, e.Payload }).ToListAsync(cancellationToken);

        var held = members.Select(m => (Destination: destinationOf[m.ConnectionId], m.ProfileId))
            .Concat(sent.Select(e => (Destination: e.DestinationId, e.ProfileId))).Distinct().ToList();
        var payloads = sent.ToLookup(e => (e.DestinationId, e.ProfileId), e => AudiencePayload.Parse(e.Payload!));
        // What the destination was never sent is not given to it now: the identifiers come from what was sent, and only
        // when the ledger no longer has it (retention) from the identity graph, as a sync would have sent them.
        var fallback = identifiers.GroupBy(i => i.Type).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(i => i.Value).ToList());
        return held.GroupBy(h => h.Destination).OrderBy(g => g.Key).Select(g => new PlannedDestinationDeletion(g.Key, g.Select(h => h.ProfileId).Distinct().Order()
            .Select(profile => new DeletedMember(profile, Union(payloads[(g.Key, profile)]) ?? fallback)).ToList())).ToList();
    }

    /// <summary>Asks one destination to delete the person; never throws for the destination's answer.</summary>
    public async Task<DeletionDestinationLine> SendAsync(long requestId, PlannedDestinationDeletion planned, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var destination = await db.Destinations.AsNoTracking().FirstOrDefaultAsync(d => d.Id == planned.DestinationId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        if (destination is null)
            return new DeletionDestinationLine(planned.DestinationId, $"destination {planned.DestinationId}", "", DestinationDeletionStatus.NotSupported,
                planned.Members.Count, "The destination has been deleted from Lodestar since it was sent the person; delete them there by hand.", now);
        var line = new DeletionDestinationLine(destination.Id, destination.Name, DestinationTypeNames.Of(destination.Type), DestinationDeletionStatus.Requested,
            planned.Members.Count, null, now);
        if (!_senders.TryGetValue(destination.Type, out var sender))
        {
            var title = types.Find(destination.Type)?.Info.Title ?? line.Type;
            return line with
            {
                Status = DestinationDeletionStatus.NotSupported,
                Response = $"{title} destinations have no delete call; delete the person there by hand.",
            };
        }

        try
        {
            var deletion = new PersonDeletion(requestId, $"deletion-{requestId}-destination-{destination.Id}", now, planned.Members);
            var outcome = await sender.DeleteAsync(targets.For(destination), deletion, cancellationToken);
            return line with
            {
                Status = outcome.Done ? DestinationDeletionStatus.Done : DestinationDeletionStatus.Failed,
                Response = outcome.Response,
                At = time.GetUtcNow().UtcDateTime,
            };
        }
        catch (DestinationSecretsUnreadableException ex)
        {
            return line with { Status = DestinationDeletionStatus.Failed, Response = ex.Message };
        }
    }

    private static Dictionary<string, IReadOnlyList<string>>? Union(IEnumerable<AudiencePayload> payloads)
    {
        var union = new Dictionary<string, List<string>>();
        foreach (var payload in payloads)
        {
            foreach (var (type, values) in payload.Identifiers)
            {
                var list = union.TryGetValue(type, out var existing) ? existing : union[type] = [];
                list.AddRange(values.Where(v => !list.Contains(v)));
            }
        }

        return union.Count == 0 ? null : union.ToDictionary(u => u.Key, u => (IReadOnlyList<string>)u.Value);
    }
}
