using System.Text.Json;

namespace Lodestar.Domain.Identity;

/// <summary>The name lists show for a profile: its name traits, else its email, else its best identifier.</summary>
public static class ProfileDisplay
{
    public static string NameOf(ProfileState profile)
    {
        var name = Text(profile, "name");
        if (name is null && (Text(profile, "firstName") ?? Text(profile, "first_name")) is { } first)
            name = (first + " " + (Text(profile, "lastName") ?? Text(profile, "last_name"))).Trim();
        name ??= Text(profile, "email")
            ?? Best(profile, IdentifierTypes.Email)
            ?? Best(profile, IdentifierTypes.UserId)
            ?? (Best(profile, IdentifierTypes.AnonymousId) is { } anonymous ? "Anonymous " + anonymous[..Math.Min(8, anonymous.Length)] : null)
            ?? (profile.Identifiers.Count > 0 ? profile.Identifiers.Select(i => i.Value).Order(StringComparer.Ordinal).First() : $"Profile {profile.Id}");
        return name.Length > 256 ? name[..256] : name;
    }

    private static string? Text(ProfileState profile, string key)
    {
        if (!profile.Traits.TryGetValue(key, out var trait))
            return null;
        using var document = JsonDocument.Parse(trait.Value);
        return document.RootElement.ValueKind == JsonValueKind.String && document.RootElement.GetString() is { Length: > 0 } text ? text : null;
    }

    /// <summary>The first value of a type in ordinal order: the same whatever order the identifiers were gathered in.</summary>
    private static string? Best(ProfileState profile, string type)
    {
        string? best = null;
        foreach (var identifier in profile.Identifiers)
        {
            if (identifier.Type == type && (best is null || string.CompareOrdinal(identifier.Value, best) < 0))
                best = identifier.Value;
        }

        return best;
    }
}
