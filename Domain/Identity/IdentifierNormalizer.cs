namespace Lodestar.Domain.Identity;

/// <summary>
/// Normalises identifier values by the rules and drops blocked and unusable ones. A person's identifiers repeat on
/// every message, so each distinct value is normalised once per run (E.164 parsing and the blocked patterns are the
/// costly part of reading millions of messages); one instance serves one run, on one thread.
/// </summary>
public sealed class IdentifierNormalizer(IdentityRules rules)
{
    private const int MaxLength = 256;
    private const int MaxRemembered = 1_000_000;

    private readonly BlockedValues _blocked = new(rules.BlockedValues);
    private readonly Dictionary<(string Raw, IdentifierNormalization Normalization), string?> _seen = [];

    public IdentityRules Rules => rules;

    /// <returns>The value to match on, or null when it identifies nobody.</returns>
    public string? Normalize(string? raw, IdentifierNormalization normalization)
    {
        if (raw is null)
            return null;
        if (_seen.TryGetValue((raw, normalization), out var known))
            return known;
        var value = Compute(raw, normalization);
        if (_seen.Count < MaxRemembered)
            _seen[(raw, normalization)] = value;
        return value;
    }

    private string? Compute(string raw, IdentifierNormalization normalization)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return null;
        var value = normalization switch
        {
            IdentifierNormalization.Lowercase => raw.Trim().ToLowerInvariant(),
            IdentifierNormalization.Phone => PhoneNumbers.ToE164(raw, rules.DefaultRegion),
            _ => raw.Trim(),
        };
        if (value is null || value.Length > MaxLength || _blocked.IsBlocked(value))
            return null;
        return value;
    }
}
