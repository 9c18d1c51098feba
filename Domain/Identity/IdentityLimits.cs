using System.Globalization;

namespace Lodestar.Domain.Identity;

/// <summary>
/// Whether attributing a message to its profiles (merging them) keeps every type within its limit and keeps apart
/// what an admin has separated.
/// </summary>
public static class IdentityLimits
{
    /// <returns>Null when allowed; else the identifier to drop from the message and why.</returns>
    public static (IdentifierKey Drop, string Reason)? Check(IEnumerable<ProfileState> owners, List<IdentifierKey> ids,
        IdentityGraph graph, IdentifierExtractor extractor, IdentitySeparations separations)
    {
        var combined = new HashSet<IdentifierKey>();
        var profiles = new List<long>();
        foreach (var owner in owners)
        {
            profiles.Add(owner.Id);
            combined.UnionWith(owner.Identifiers);
        }

        combined.UnionWith(ids);
        var counts = combined.GroupBy(i => i.Type).ToDictionary(g => g.Key, g => g.Count());
        string? violated = null;
        foreach (var (type, count) in counts)
        {
            // Two different userIds are never merged, whatever the configured limit.
            var limit = type == IdentifierTypes.UserId ? 1 : extractor.LimitOf(type);
            if (count > limit && (violated is null || extractor.PriorityOf(type) < extractor.PriorityOf(violated)))
                violated = type;
        }

        if (violated is not null)
        {
            var limitText = violated == IdentifierTypes.UserId ? "1" : extractor.LimitOf(violated).ToString(CultureInfo.InvariantCulture);
            return (LastInvolved(ids, graph, id => id.Type == violated),
                $"attributing it to {ScopeOf(profiles)} would give {counts[violated]} {violated} values (limit {limitText})");
        }

        if (separations.Violated(combined) is not { } apart)
            return null;
        return (LastInvolved(ids, graph, id => id == apart.Left || id == apart.Right),
            $"attributing it to {ScopeOf(profiles)} would put {apart.Left} and {apart.Right} together, which an admin kept apart");
    }

    /// <summary>The lowest-priority identifier involved: one linking to a profile, or one of the offending kind.</summary>
    private static IdentifierKey LastInvolved(List<IdentifierKey> ids, IdentityGraph graph, Func<IdentifierKey, bool> offending)
    {
        IdentifierKey? drop = null;
        foreach (var id in ids)
        {
            if (graph.OwnerOf(id) is not null || offending(id))
                drop = id;
        }

        return drop ?? ids[^1];
    }

    private static string ScopeOf(List<long> profiles) => profiles.Count switch
    {
        0 => "the message itself",
        1 => $"profile {profiles[0]}",
        _ => "profiles " + string.Join(" and ", profiles.Order()),
    };
}
