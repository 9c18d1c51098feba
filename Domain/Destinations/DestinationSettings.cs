using System.Text.Json;

namespace Lodestar.Domain.Destinations;

/// <summary>The plain settings of a destination, stored as a JSON object of strings.</summary>
public static class DestinationSettings
{
    public static IReadOnlyDictionary<string, string> Read(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];

    public static string Write(IReadOnlyDictionary<string, string> settings) => JsonSerializer.Serialize(settings);

    public static IReadOnlyList<FieldMapping> ReadMapping(string json) =>
        JsonSerializer.Deserialize<List<FieldMapping>>(json, JsonSerializerOptions.Web) ?? [];

    public static string WriteMapping(IEnumerable<FieldMapping> mapping) => JsonSerializer.Serialize(mapping, JsonSerializerOptions.Web);
}
