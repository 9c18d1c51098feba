using System.Text.Encodings.Web;
using System.Text.Json;

namespace Lodestar.Portal.Client.Features.Events;

/// <summary>Indents a stored message for reading.</summary>
public static class EventJson
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Pretty(string raw)
    {
        try
        {
            using var document = JsonDocument.Parse(raw);
            return JsonSerializer.Serialize(document.RootElement, Indented);
        }
        catch (JsonException)
        {
            return raw;
        }
    }
}
