using System.Text.Json;

namespace Lodestar.Domain.Privacy;

/// <summary>Reads <c>context.consent.categoryPreferences</c> (<c>{"analytics": true, "marketing": false}</c>) from a message.</summary>
public static class ConsentPreferences
{
    /// <returns>The boolean entries with lower-cased keys, or null when the message carries none.</returns>
    public static ConsentPreference[]? Read(JsonElement? context)
    {
        if (context is not { ValueKind: JsonValueKind.Object } c
            || !c.TryGetProperty("consent", out var consent) || consent.ValueKind != JsonValueKind.Object
            || !consent.TryGetProperty("categoryPreferences", out var map) || map.ValueKind != JsonValueKind.Object)
            return null;
        List<ConsentPreference>? found = null;
        foreach (var entry in map.EnumerateObject())
        {
            // Non-boolean values are not a decision (consent managers send null for "not asked yet"): skipped.
            if (entry.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                continue;
            var category = entry.Name.Trim().ToLowerInvariant();
            if (category.Length is 0 or > ConsentLimits.CategoryLength)
                continue;
            found ??= [];
            found.Add(new ConsentPreference(category, entry.Value.ValueKind == JsonValueKind.True));
            if (found.Count == ConsentLimits.MaxPreferencesPerMessage)
                break;
        }

        return found?.ToArray();
    }
}
