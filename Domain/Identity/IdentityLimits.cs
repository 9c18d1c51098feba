namespace Lodestar.Domain.Identity;

/// <summary>Whether attributing a message to its profiles (merging them) keeps every type within its limit.</summary>
public static class IdentityLimits
{
    /// <returns>Null when allowed; else the identifier to drop from the message and why.</returns>
    public static (IdentifierKey Drop, string Reason)? Check(
        IEnumerable<ProfileState> owners, List<IdentifierKey> ids, IdentityGraph graph, IdentifierExtractor extractor)
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

        if (violated is null)
            return null;

        // The identifiers involved: those linking to the profiles, and those of the type over its limit.
        IdentifierKey? drop = null;
        foreach (var id in ids)
        {
            if (graph.OwnerOf(id) is not null || id.Type == violated)
                drop = id;
        }

        var limitText = violated == IdentifierTypes.UserId ? "1" : extractor.LimitOf(violated).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var scope = profiles.Count switch
        {
            0 => "the message itself",
            1 => $"profile {profiles[0]}",
            _ => "profiles " + string.Join(" and ", profiles.Order()),
        };
        return (drop ?? ids[^1], $"attributing it to {scope} would give {counts[violated]} {violated} values (limit {limitText})");
    }
}
