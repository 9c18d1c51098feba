using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Lodestar.Domain.Segments.Facts;

/// <summary>
/// Cuts a raw message down to what segment rules test: <c>properties</c> and <c>context</c> without the parts that
/// only identify the sender's software (<c>userAgent</c>, <c>library</c>, <c>ip</c>, <c>traits</c>). Paths stay
/// relative to the message root, so <c>properties.revenue</c> means the same here as in the raw message.
/// </summary>
public static class SegmentEventProps
{
    private static readonly HashSet<string> DroppedContext = ["userAgent", "userAgentData", "library", "ip", "traits"];

    public static string Extract(string raw)
    {
        using var document = JsonDocument.Parse(raw);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (document.RootElement.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
            {
                writer.WritePropertyName("properties");
                properties.WriteTo(writer);
            }

            if (document.RootElement.TryGetProperty("context", out var context) && context.ValueKind == JsonValueKind.Object)
            {
                writer.WritePropertyName("context");
                writer.WriteStartObject();
                foreach (var field in context.EnumerateObject().Where(f => !DroppedContext.Contains(f.Name)))
                    field.WriteTo(writer);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
