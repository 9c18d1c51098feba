using System.Text.Json;

namespace Lodestar.Domain.Identity;

/// <summary>Values at dotted paths of a message (<c>traits.email</c>, <c>context.traits.plan</c>).</summary>
public static class MessagePaths
{
    /// <summary>A string or number at the path, as text; null when absent or of another kind.</summary>
    public static string? StringAt(JsonElement root, string path)
    {
        var current = root;
        foreach (var segment in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
                return null;
        }

        return current.ValueKind switch
        {
            JsonValueKind.String => current.GetString(),
            JsonValueKind.Number => current.GetRawText(),
            _ => null,
        };
    }

    /// <summary>The top-level traits of an identify call, each value as JSON text.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Traits(string raw)
    {
        using var document = JsonDocument.Parse(raw);
        if (!document.RootElement.TryGetProperty("traits", out var traits) || traits.ValueKind != JsonValueKind.Object)
            return [];
        var result = new List<KeyValuePair<string, string>>();
        foreach (var trait in traits.EnumerateObject())
        {
            if (trait.Name.Length is > 0 and <= 128)
                result.Add(new(trait.Name, trait.Value.GetRawText()));
        }

        return result;
    }
}
