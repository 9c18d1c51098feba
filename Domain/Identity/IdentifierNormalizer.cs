namespace Lodestar.Domain.Identity;

/// <summary>Normalises identifier values by the rules and drops blocked and unusable ones.</summary>
public sealed class IdentifierNormalizer(IdentityRules rules)
{
    private const int MaxLength = 256;

    private readonly BlockedValues _blocked = new(rules.BlockedValues);

    public IdentityRules Rules => rules;

    /// <returns>The value to match on, or null when it identifies nobody.</returns>
    public string? Normalize(string? raw, IdentifierNormalization normalization)
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
