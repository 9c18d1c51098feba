using System.Text.Json;

namespace Lodestar.Domain.Ingestion;

/// <summary>Writes the deep merge of two JSON objects; where both have a key, the primary's value wins.</summary>
internal static class JsonMerge
{
    /// <summary>Writes the merged object and reports whether it contains <paramref name="probe"/> at the top.</summary>
    public static bool WriteMerged(Utf8JsonWriter writer, JsonElement? primary, JsonElement? secondary, ReadOnlySpan<byte> probe)
    {
        var found = false;
        if (primary is { ValueKind: JsonValueKind.Object } first)
        {
            foreach (var property in first.EnumerateObject())
            {
                found |= property.NameEquals(probe);
                writer.WritePropertyName(property.Name);
                if (property.Value.ValueKind == JsonValueKind.Object
                    && secondary is { ValueKind: JsonValueKind.Object } other
                    && other.TryGetProperty(property.Name, out var counterpart)
                    && counterpart.ValueKind == JsonValueKind.Object)
                {
                    writer.WriteStartObject();
                    WriteMerged(writer, property.Value, counterpart, default);
                    writer.WriteEndObject();
                }
                else
                {
                    property.Value.WriteTo(writer);
                }
            }
        }

        if (secondary is { ValueKind: JsonValueKind.Object } second)
        {
            foreach (var property in second.EnumerateObject())
            {
                if (primary is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(property.Name, out _))
                    continue;
                found |= property.NameEquals(probe);
                property.WriteTo(writer);
            }
        }

        return found;
    }
}
