using Lodestar.Domain.Events;

namespace Lodestar.Domain.Identity;

/// <summary>
/// Deterministic stitching as in Segment Unify: look up all identifiers of a message; none → a new profile; one →
/// add the identifiers; several → merge into the oldest. When a limit would be exceeded (or two userIds would meet),
/// the lowest-priority identifier involved is dropped from the message (recorded as a conflict) and the lookup repeats.
/// Processing the same messages (and admins' links) in the same order always gives the same profiles, ids included.
/// </summary>
public sealed class IdentityResolver(IdentifierExtractor extractor, IdentityGraph graph, IdentitySeparations separations)
{
    public IdentityChangeSet Changes { get; } = new();

    public void Process(IdentityEvent e)
    {
        Changes.LastEventId = Math.Max(Changes.LastEventId, e.EventId);
        var ids = extractor.Extract(e);
        AddAliasPreviousId(e, ids);
        var conflicts = Changes.Conflicts.Count;
        while (ids.Count > 0)
        {
            var owners = OwnersOf(ids);
            // The usual message adds nothing to its one profile, so no limit can be crossed.
            var violation = owners.Count == 1 && ids.TrueForAll(id => graph.OwnerOf(id) == owners[0])
                ? null
                : IdentityLimits.Check(owners.Select(graph.Get), ids, graph, extractor, separations);
            if (violation is null)
            {
                var profileId = Attribute(e, ids, owners);
                for (var i = conflicts; i < Changes.Conflicts.Count; i++)
                    Changes.Conflicts[i].ProfileId = profileId;
                return;
            }

            var dropped = violation.Value.Drop;
            ids.Remove(dropped);
            Changes.Conflicts.Add(new IdentityConflict
            {
                EventId = e.EventId,
                MessageId = e.MessageId,
                IdentifierType = dropped.Type,
                IdentifierValue = dropped.Value,
                Reason = violation.Value.Reason,
                At = e.Timestamp,
            });
        }
    }

    private long Attribute(IdentityEvent e, List<IdentifierKey> ids, List<long> owners)
    {
        var profile = owners.Count == 0 ? Create(e) : graph.Get(owners.Min());
        foreach (var other in owners.Where(o => o != profile.Id).Order())
        {
            // The reason shown in the merge history: the strongest identifier of either side on the message.
            var link = ids.First(id => graph.OwnerOf(id) is { } owner && (owner == other || owner == profile.Id));
            Merge(profile, graph.Get(other), link, e.EventId, e.MessageId, e.Timestamp, RuleOf(e, link));
        }

        foreach (var id in ids)
        {
            if (graph.OwnerOf(id) is not null)
                continue;
            graph.Own(profile, id);
            Changes.NewIdentifiers.Add(new ProfileIdentifier
            {
                Type = id.Type, Value = id.Value, ProfileId = profile.Id, FirstEventId = e.EventId, FirstSeenAt = e.Timestamp,
            });
        }

        profile.EventCount++;
        if (e.Timestamp < profile.FirstSeenAt)
            profile.FirstSeenAt = e.Timestamp;
        if (e.Timestamp > profile.LastSeenAt)
            profile.LastSeenAt = e.Timestamp;
        if (e.Type == MessageType.Identify && e.Raw is not null)
            SetTraits(profile, e);
        Changes.Touched.Add(profile.Id);
        Changes.Assignments.Add((e.EventId, profile.Id));
        return profile.Id;
    }

    private ProfileState Create(IdentityEvent e)
    {
        var profile = graph.Create(e.Timestamp);
        Changes.Created.Add(profile.Id);
        return profile;
    }

    /// <summary>
    /// Applies an admin's link (an accepted duplicate): merges the profiles holding its two identifiers, unless a limit
    /// or a separation forbids it.
    /// </summary>
    /// <returns>Null when linked (or already one profile, or an identifier is unknown); else why it cannot be.</returns>
    public string? Link(IdentityOverride link)
    {
        if (graph.OwnerOf(link.Left) is not { } left || graph.OwnerOf(link.Right) is not { } right || left == right)
            return null;
        List<IdentifierKey> ids = extractor.PriorityOf(link.Left.Type) <= extractor.PriorityOf(link.Right.Type)
            ? [link.Left, link.Right]
            : [link.Right, link.Left];
        if (IdentityLimits.Check([graph.Get(left), graph.Get(right)], ids, graph, extractor, separations) is { } violation)
            return violation.Reason;
        var survivor = graph.Get(Math.Min(left, right));
        var merged = graph.Get(Math.Max(left, right));
        Merge(survivor, merged, merged.Id == left ? link.Left : link.Right, link.AfterEventId, ProfileMerge.AdminDecision, link.CreatedAt, link.Reason);
        Changes.Touched.Add(survivor.Id);
        return null;
    }

    private void Merge(ProfileState survivor, ProfileState merged, IdentifierKey link, long eventId, string messageId, DateTime at, string rule)
    {
        var survivorAnchor = extractor.Rules.StrongestOf(survivor.Identifiers) ?? new IdentifierKey("", "");
        var mergedAnchor = extractor.Rules.StrongestOf(merged.Identifiers) ?? new IdentifierKey("", "");
        graph.Merge(survivor, merged);
        Changes.Touched.Add(merged.Id);
        Changes.Merges.Add(new ProfileMerge
        {
            SurvivorId = survivor.Id,
            MergedId = merged.Id,
            IdentifierType = link.Type,
            IdentifierValue = link.Value,
            EventId = eventId,
            MessageId = messageId,
            Rule = rule,
            At = at,
            SurvivorAnchorType = survivorAnchor.Type,
            SurvivorAnchorValue = survivorAnchor.Value,
            MergedAnchorType = mergedAnchor.Type,
            MergedAnchorValue = mergedAnchor.Value,
        });
    }

    private static string RuleOf(IdentityEvent e, IdentifierKey link) =>
        e.Type == MessageType.Alias ? "alias: previousId and userId are one person" : $"{link.Type} matched on one message";

    private static void SetTraits(ProfileState profile, IdentityEvent e)
    {
        foreach (var (key, value) in MessagePaths.Traits(e.Raw!))
        {
            var trait = new TraitState(value, e.Timestamp, e.EventId, e.MessageId);
            if (!profile.Traits.TryGetValue(key, out var current) || trait.IsNewerThan(current))
                profile.Traits[key] = trait;
        }
    }
    /// <summary>Alias links previousId to userId: previousId is an earlier userId when one is known, else an anonymous id.</summary>
    private void AddAliasPreviousId(IdentityEvent e, List<IdentifierKey> ids)
    {
        if (e.Type != MessageType.Alias
            || extractor.KeyOf(IdentifierTypes.UserId, e.PreviousId) is not { } asUser
            || extractor.KeyOf(IdentifierTypes.AnonymousId, e.PreviousId) is not { } asAnonymous)
            return;
        var previous = graph.OwnerOf(asUser) is not null ? asUser : asAnonymous;
        if (ids.Contains(previous))
            return;
        var index = ids.FindIndex(id => extractor.PriorityOf(id.Type) > extractor.PriorityOf(previous.Type));
        ids.Insert(index < 0 ? ids.Count : index, previous);
    }

    private List<long> OwnersOf(List<IdentifierKey> ids)
    {
        var owners = new List<long>();
        foreach (var id in ids)
        {
            if (graph.OwnerOf(id) is { } owner && !owners.Contains(owner))
                owners.Add(owner);
        }

        return owners;
    }
}
