using System.Buffers;
using System.Text.Json;

namespace Lodestar.Domain.Destinations.EventStream;

/// <summary>
/// The body of one POST: <c>{"batch":[…messages as stored…],"sentAt":"…"}</c>. The messages are written as they are:
/// each was parsed when its integrations were read (<see cref="EventStreamBatchBuilder"/>).
/// </summary>
public static class EventStreamPayload
{
    public static byte[] Body(IReadOnlyList<string> messages, DateTime sentAt)
    {
        var buffer = new ArrayBufferWriter<byte>(messages.Sum(m => m.Length) + 64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("batch");
            foreach (var message in messages)
                writer.WriteRawValue(message, skipInputValidation: true);
            writer.WriteEndArray();
            writer.WriteString("sentAt", DateTime.SpecifyKind(sentAt, DateTimeKind.Utc));
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
