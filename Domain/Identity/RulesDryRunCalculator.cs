namespace Lodestar.Domain.Identity;

/// <summary>
/// Compares today's profiles with the profiles other rules would give. Profiles are compared by the identifiers they
/// hold: a new profile holding identifiers of several of today's is a merge; one of today's whose identifiers would
/// be held by several new profiles is a split.
/// </summary>
public static class RulesDryRunCalculator
{
    public const int ExamplesPerKind = 10;

    /// <param name="today">Every identifier held today and its (living) profile.</param>
    /// <param name="after">The graph the other rules resolved.</param>
    public static RulesDryRun Compare(IReadOnlyList<(IdentifierKey Key, long ProfileId)> today, IdentityGraph after, long eventsRead)
    {
        var known = new HashSet<IdentifierKey>(today.Count);
        var todayByNew = new Dictionary<long, SortedSet<long>>();
        var newByToday = new Dictionary<long, SortedDictionary<long, List<IdentifierKey>>>();
        var dropped = 0;
        foreach (var (key, profileId) in today)
        {
            known.Add(key);
            if (!newByToday.TryGetValue(profileId, out var parts))
                newByToday[profileId] = parts = [];
            if (after.OwnerOf(key) is not { } owner)
            {
                dropped++;
                continue;
            }

            if (!todayByNew.TryGetValue(owner, out var sources))
                todayByNew[owner] = sources = [];
            sources.Add(profileId);
            if (!parts.TryGetValue(owner, out var group))
                parts[owner] = group = [];
            group.Add(key);
        }

        var merges = todayByNew.Values.Where(s => s.Count > 1).OrderBy(s => s.Min).ToList();
        var splits = newByToday.Where(p => p.Value.Count > 1).OrderBy(p => p.Key).ToList();
        var living = after.Profiles.Values.Where(p => p.MergedIntoId is null).ToList();
        var added = living.Sum(p => p.Identifiers.Count(i => !known.Contains(i)));
        var examples = merges.Take(ExamplesPerKind)
            .Select(s => new RulesDryRunChange(RulesDryRunChange.Merge, s.ToList(), []))
            .Concat(splits.Take(ExamplesPerKind).Select(p => new RulesDryRunChange(RulesDryRunChange.Split, [p.Key],
                p.Value.Values.Select(g => (IReadOnlyList<IdentifierKey>)g.OrderBy(k => k.Type, StringComparer.Ordinal)
                    .ThenBy(k => k.Value, StringComparer.Ordinal).ToList()).ToList())))
            .ToList();
        return new RulesDryRun(eventsRead, newByToday.Count, living.Count, merges.Count, splits.Count, dropped, added, examples);
    }
}
