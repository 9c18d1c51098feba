using System.Globalization;
using System.Text.Json;

namespace Lodestar.Domain.Ingestion;

/// <summary>Reading loosely typed client values: ids may arrive as numbers, dates as ISO-8601 strings.</summary>
internal static class JsonValues
{
    /// <summary>A string or number as text; null for anything else or an empty string.</summary>
    public static string? AsIdentifier(JsonElement? element)
    {
        if (element is not { } value)
            return null;
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    public static bool IsIdentifierKind(JsonElement? element) =>
        element is null || element.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number;

    public static bool TryReadDate(JsonElement? element, out DateTimeOffset? date)
    {
        date = null;
        if (element is not { } value)
            return true;
        if (value.ValueKind != JsonValueKind.String)
            return false;
        if (value.TryGetDateTimeOffset(out var strict))
        {
            date = strict;
            return true;
        }

        // Some clients send RFC 1123 or other invariant forms; accept what .NET reads unambiguously.
        if (DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var loose))
        {
            date = loose;
            return true;
        }

        return false;
    }

    /// <summary>A string found at a path of nested objects, or null.</summary>
    public static string? StringAt(JsonElement? root, ReadOnlySpan<string> path)
    {
        if (root is not { ValueKind: JsonValueKind.Object } current)
            return null;
        foreach (var segment in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
                return null;
        }

        return current.ValueKind == JsonValueKind.String && current.GetString() is { Length: > 0 } text ? text : null;
    }

    public static string? Truncate(string? text, int length) =>
        text is null || text.Length <= length ? text : text[..length];

    public static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
