namespace Lodestar.Domain.Identity;

/// <summary>Pairs of identifiers an admin has kept apart (unmerges): no profile may hold both.</summary>
public sealed class IdentitySeparations
{
    private readonly Dictionary<IdentifierKey, List<IdentifierKey>> _apart = [];

    public static IdentitySeparations None { get; } = new([]);

    public IdentitySeparations(IEnumerable<(IdentifierKey Left, IdentifierKey Right)> pairs)
    {
        foreach (var (left, right) in pairs)
        {
            Add(left, right);
            Add(right, left);
        }
    }

    /// <returns>A pair that <paramref name="identifiers"/> would hold together, or null.</returns>
    public (IdentifierKey Left, IdentifierKey Right)? Violated(IReadOnlySet<IdentifierKey> identifiers)
    {
        if (_apart.Count == 0)
            return null;
        foreach (var identifier in identifiers)
        {
            if (!_apart.TryGetValue(identifier, out var partners))
                continue;
            foreach (var partner in partners)
            {
                if (identifiers.Contains(partner))
                    return (identifier, partner);
            }
        }

        return null;
    }

    private void Add(IdentifierKey key, IdentifierKey partner)
    {
        if (!_apart.TryGetValue(key, out var partners))
            _apart[key] = partners = [];
        if (!partners.Contains(partner))
            partners.Add(partner);
    }
}
