using System.Text.Json;
using System.Text.RegularExpressions;

namespace Lodestar.Domain.Segments;

/// <summary>
/// Guesses a field's rule type from sample values (the type most values have: "number", "boolean", "date" for
/// ISO-8601 text, else "string"), and lists the scalar paths of sample messages.
/// </summary>
public static partial class JsonFieldTypes
{
    public const int MaxDepth = 4;

    public static string Of(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.String when IsoDate().IsMatch(value.GetString()!) => "date",
        _ => "string",
    };

    public static string Commonest(IEnumerable<string> types) =>
        types.GroupBy(t => t).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault() ?? "string";

    /// <summary>Every scalar's path (<c>properties.revenue</c>) and type in a JSON object; arrays are skipped.</summary>
    public static IEnumerable<(string Path, string Type)> Leaves(JsonElement element, string prefix = "", int depth = 0)
    {
        if (element.ValueKind != JsonValueKind.Object || depth > MaxDepth)
            yield break;
        foreach (var field in element.EnumerateObject())
        {
            if (field.Name.Contains('.') || field.Name.Contains('"'))
                continue;
            var path = prefix.Length == 0 ? field.Name : $"{prefix}.{field.Name}";
            if (field.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var leaf in Leaves(field.Value, path, depth + 1))
                    yield return leaf;
            }
            else if (field.Value.ValueKind is not (JsonValueKind.Array or JsonValueKind.Null))
                yield return (path, Of(field.Value));
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();
}
