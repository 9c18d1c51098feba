using System.Text.Json;

namespace Lodestar.Domain.Destinations.Sending;

/// <summary>Reads a value out of a destination's JSON answer without trusting its shape: anything unexpected is null.</summary>
public static class ResponseJson
{
    public static string? Read(string body, Func<JsonElement, string?> reader)
    {
        if (string.IsNullOrWhiteSpace(body))
            return null;
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? reader(document.RootElement) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A string property of a JSON object, or null.</summary>
    public static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
