using System.Text.Json;

namespace Lodestar.Domain.Identity;

/// <summary>Reads a message's identifiers by the rules, normalised, in priority order, without duplicates.</summary>
public sealed class IdentifierExtractor(IdentifierNormalizer normalizer)
{
    private const int DefaultLimit = 5;

    private readonly IdentityRules _rules = normalizer.Rules;

    public IdentityRules Rules => _rules;

    public List<IdentifierKey> Extract(IdentityEvent e)
    {
        var found = new List<(int Priority, int Order, IdentifierKey Key)>();
        JsonDocument? raw = null;
        try
        {
            foreach (var rule in _rules.Types)
            {
                if (!rule.Enabled)
                    continue;
                switch (rule.Type)
                {
                    case IdentifierTypes.UserId: Add(found, rule, e.UserId); break;
                    case IdentifierTypes.Email: Add(found, rule, e.Email); break;
                    case IdentifierTypes.Phone: Add(found, rule, e.Phone); break;
                    case IdentifierTypes.DeviceId: Add(found, rule, e.DeviceId); break;
                    case IdentifierTypes.AnonymousId: Add(found, rule, e.AnonymousId); break;
                    default:
                        if (e.Raw is not null)
                        {
                            raw ??= JsonDocument.Parse(e.Raw);
                            foreach (var key in rule.Keys)
                                Add(found, rule, MessagePaths.StringAt(raw.RootElement, key));
                        }

                        break;
                }
            }

            AddExternalIds(found, e.ExternalIds);
        }
        finally
        {
            raw?.Dispose();
        }

        var result = new List<IdentifierKey>(found.Count);
        foreach (var (_, _, key) in found.OrderBy(f => f.Priority).ThenBy(f => f.Order))
        {
            if (!result.Contains(key))
                result.Add(key);
        }

        return result;
    }

    /// <summary>
    /// Every identifier resolving these events could look up: their own, and each alias previousId both as a userId
    /// and as an anonymousId (which one it is depends on what is already known).
    /// </summary>
    public HashSet<IdentifierKey> LookupKeys(IEnumerable<IdentityEvent> events)
    {
        var keys = new HashSet<IdentifierKey>();
        foreach (var e in events)
        {
            keys.UnionWith(Extract(e));
            if (e.PreviousId is null)
                continue;
            if (KeyOf(IdentifierTypes.UserId, e.PreviousId) is { } asUser)
                keys.Add(asUser);
            if (KeyOf(IdentifierTypes.AnonymousId, e.PreviousId) is { } asAnonymous)
                keys.Add(asAnonymous);
        }

        return keys;
    }

    /// <summary>A value as an identifier of a type, normalised by that type's rule; null when blocked or unusable.</summary>
    public IdentifierKey? KeyOf(string type, string? raw)
    {
        var normalization = _rules.Types.FirstOrDefault(t => t.Type == type)?.Normalization ?? IdentifierNormalization.Trim;
        return normalizer.Normalize(raw, normalization) is { } value ? new IdentifierKey(type, value) : null;
    }

    /// <summary>How many identifiers of a type one profile may hold (types without a rule: 5).</summary>
    public int LimitOf(string type) => _rules.Find(type)?.Limit ?? DefaultLimit;

    public int PriorityOf(string type) => _rules.PriorityOf(type);

    private void Add(List<(int, int, IdentifierKey)> found, IdentifierTypeRule rule, string? raw)
    {
        if (normalizer.Normalize(raw, rule.Normalization) is { } value)
            found.Add((_rules.PriorityOf(rule.Type), found.Count, new IdentifierKey(rule.Type, value)));
    }

    /// <summary>Segment's <c>context.externalIds</c>: users' ids of any type (lower case), accounts' ignored.</summary>
    private void AddExternalIds(List<(int, int, IdentifierKey)> found, string? json)
    {
        if (json is null)
            return;
        using var document = JsonDocument.Parse(json);
        foreach (var entry in document.RootElement.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Object
                || MessagePaths.StringAt(entry, "collection") is "accounts"
                || MessagePaths.StringAt(entry, "type")?.Trim().ToLowerInvariant() is not { Length: > 0 and <= 64 } type)
                continue;
            var rule = _rules.Types.FirstOrDefault(t => t.Type == type);
            if (rule is { Enabled: false })
                continue;
            Add(found, rule ?? new IdentifierTypeRule(type, DefaultLimit, []), MessagePaths.StringAt(entry, "id"));
        }
    }
}
