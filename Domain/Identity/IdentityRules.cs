namespace Lodestar.Domain.Identity;

/// <summary>
/// How identifiers are found, normalised, limited and ranked. <see cref="Types"/> is in priority order: when a message
/// would merge profiles beyond a limit, its lowest-priority identifier is dropped first.
/// </summary>
public sealed record IdentityRules(IReadOnlyList<IdentifierTypeRule> Types, IReadOnlyList<string> BlockedValues, string DefaultRegion = "US")
{
    /// <summary>Segment's defaults: user_id (limit 1) before email, then the rest, 5 each.</summary>
    public static IdentityRules Default { get; } = new(
        [
            new(IdentifierTypes.UserId, 1, ["userId"]),
            new(IdentifierTypes.Email, 5, ["traits.email", "context.traits.email", "properties.email"], IdentifierNormalization.Lowercase),
            new(IdentifierTypes.Phone, 5, ["traits.phone", "context.traits.phone", "properties.phone"], IdentifierNormalization.Phone),
            new(IdentifierTypes.DeviceId, 5, ["context.device.id"]),
            new(IdentifierTypes.AnonymousId, 5, ["anonymousId"]),
        ],
        [
            "/^[0-]*$/", "-1", "null", "undefined", "anonymous", "guest", "none", "nan", "true", "false", "[object Object]",
            "test@test.com", "/^(info|team|noreply|no-reply|admin|support|sales|hello|contact|office|mail)@/",
        ]);

    /// <summary>Custom types read keys of the raw message, so every message must be read whole, not only identifies.</summary>
    public bool NeedsRawMessages => Types.Any(t => t.Enabled && !IdentifierTypes.IsBuiltIn(t.Type) && t.Keys.Count > 0);

    public IdentifierTypeRule? Find(string type) => Types.FirstOrDefault(t => t.Type == type && t.Enabled);

    /// <summary>
    /// The identifier that stands for a profile in admins' decisions (unmerge anchors, accepted duplicates): the
    /// highest-priority one, the earliest among equals. Pass identifiers in the order they were first seen.
    /// </summary>
    public IdentifierKey? StrongestOf(IEnumerable<IdentifierKey> identifiers)
    {
        IdentifierKey? best = null;
        foreach (var id in identifiers)
        {
            if (best is null || PriorityOf(id.Type) < PriorityOf(best.Value.Type))
                best = id;
        }

        return best;
    }

    /// <summary>Lower is stronger; types not listed rank after all listed ones.</summary>
    public int PriorityOf(string type)
    {
        for (var i = 0; i < Types.Count; i++)
        {
            if (Types[i].Type == type)
                return i;
        }

        return Types.Count;
    }
}
