using System.Text.Json;
using Lodestar.Domain.Events;
using Lodestar.Domain.Identity;

namespace Lodestar.Domain.Privacy.Suppression;

/// <summary>
/// The suppression list as ingestion checks it: the hashes in a hash set, and the identity rules to normalise a message's
/// identifiers the way the identity graph does before hashing them. Immutable, so any number of requests read it at once;
/// a message is checked in a few hash computations and set look-ups, whatever the size of the list.
/// </summary>
public sealed class SuppressionSnapshot
{
    private const int MaxValueLength = 256;

    private readonly HashSet<UInt128> _hashes;
    private readonly IdentityRules _rules;
    private readonly Dictionary<string, IdentifierNormalization> _normalizations;
    private readonly IdentifierTypeRule[] _customRules;

    public SuppressionSnapshot(IEnumerable<(string Type, string Hash)> entries, IdentityRules rules)
    {
        _rules = rules;
        var list = entries.ToList();
        _hashes = [.. list.Select(e => SuppressionHasher.ShortOfHex(e.Hash))];
        _normalizations = rules.Types.ToDictionary(t => t.Type, t => t.Normalization);
        var types = list.Select(e => e.Type).ToHashSet();
        // Custom types are read from the raw message: only when one of them is suppressed is the message parsed.
        _customRules = [.. rules.Types.Where(t => t.Enabled && !IdentifierTypes.IsBuiltIn(t.Type) && t.Keys.Count > 0 && types.Contains(t.Type))];
        Count = _hashes.Count;
    }

    public static SuppressionSnapshot Empty { get; } = new([], IdentityRules.Default);

    public int Count { get; }

    public bool IsEmpty => Count == 0;

    /// <summary>Whether this normalised identifier is suppressed.</summary>
    public bool Contains(IdentifierKey key) => _hashes.Contains(SuppressionHasher.Short(key.Type, key.Value));

    /// <summary>Whether the message carries a suppressed identifier anywhere identity resolution would read one.</summary>
    public bool Carries(TrackedEvent e)
    {
        if (IsEmpty)
            return false;
        if (Has(IdentifierTypes.UserId, e.UserId) || Has(IdentifierTypes.AnonymousId, e.AnonymousId)
            || Has(IdentifierTypes.Email, e.Email) || Has(IdentifierTypes.Phone, e.Phone) || Has(IdentifierTypes.DeviceId, e.DeviceId)
            // An alias's previousId is a user id or an anonymous id, depending on what was known before.
            || Has(IdentifierTypes.UserId, e.PreviousId) || Has(IdentifierTypes.AnonymousId, e.PreviousId))
            return true;
        return (e.ExternalIds is not null && CarriesExternalId(e.ExternalIds)) || (_customRules.Length > 0 && CarriesCustom(e.Raw));
    }

    private bool Has(string type, string? raw)
    {
        if (raw is null)
            return false;
        var normalization = _normalizations.GetValueOrDefault(type, IdentifierNormalization.Trim);
        var value = normalization switch
        {
            IdentifierNormalization.Lowercase => raw.Trim().ToLowerInvariant(),
            IdentifierNormalization.Phone => PhoneNumbers.ToE164(raw, _rules.DefaultRegion),
            _ => raw.Trim(),
        };
        return value is { Length: > 0 and <= MaxValueLength } && _hashes.Contains(SuppressionHasher.Short(type, value));
    }

    private bool CarriesExternalId(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
                return false;
            foreach (var entry in document.RootElement.EnumerateArray())
            {
                if (entry.ValueKind == JsonValueKind.Object
                    && MessagePaths.StringAt(entry, "type")?.Trim().ToLowerInvariant() is { Length: > 0 } type
                    && Has(type, MessagePaths.StringAt(entry, "id")))
                    return true;
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return false;
    }

    private bool CarriesCustom(string raw)
    {
        using var document = JsonDocument.Parse(raw);
        foreach (var rule in _customRules)
        {
            foreach (var key in rule.Keys)
            {
                if (Has(rule.Type, MessagePaths.StringAt(document.RootElement, key)))
                    return true;
            }
        }

        return false;
    }
}
