using System.Globalization;
using System.Text.Json;

namespace Lodestar.Domain.Segments.Evaluation;

/// <summary>
/// A JSON value as the segment query reads it on SQLite (<c>JsonSql</c>): <see cref="Text"/> is a string as it is, an
/// integer in digits, a real as SQLite writes it (<see cref="SqliteReals.ToText"/>), a boolean as <c>true</c>/<c>false</c>;
/// <see cref="Number"/> is set for JSON numbers only; both are null for JSON null, objects, arrays and missing paths.
/// <see cref="Integer"/> is set for JSON integers that fit 64 bits, which SQLite sums exactly.
/// </summary>
internal readonly record struct JsonScalar(string? Text, double? Number, long? Integer)
{
    public static JsonScalar Missing => default;

    /// <summary>The value at a path of keys (<c>properties</c>, <c>revenue</c>) below <paramref name="root"/>.</summary>
    public static JsonScalar At(JsonElement root, IReadOnlyList<string> keys)
    {
        var element = root;
        foreach (var key in keys)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(key, out element))
                return Missing;
        }

        return Of(element);
    }

    /// <summary>A whole JSON document's value (a trait's stored value).</summary>
    public static JsonScalar Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Of(document.RootElement);
    }

    public static JsonElement Document(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static JsonScalar Of(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return new JsonScalar(element.GetString(), null, null);
            case JsonValueKind.True:
                return new JsonScalar("true", null, null);
            case JsonValueKind.False:
                return new JsonScalar("false", null, null);
            case JsonValueKind.Number when element.TryGetInt64(out var integer):
                return new JsonScalar(integer.ToString(CultureInfo.InvariantCulture), integer, integer);
            case JsonValueKind.Number:
                // Beyond 64 bits or with a fraction or exponent, SQLite holds a real (too large: infinity).
                var real = double.Parse(element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
                return new JsonScalar(SqliteReals.ToText(real), real, null);
            default:
                return Missing;
        }
    }
}
