using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Lodestar.Domain.Demo;

namespace Lodestar.Benchmarks;

/// <summary>
/// Deterministic ~1 KB Segment messages from the demo generator, each padded with a <c>filler</c> property and
/// carrying a messageId "bench-&lt;run&gt;-&lt;10-digit counter&gt;" as its first field. Request bodies are cut from
/// the pool by copying bytes and writing the counter in place, so every message of a run gets its own id and building
/// a million of them takes no JSON work.
/// </summary>
public sealed class MessagePool
{
    public const int CounterDigits = 10;
    public const int Seed = 20_261_123;
    public const int Population = 100_000;
    public static readonly DateTime Anchor = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly byte[] BodyStart = "{\"batch\":["u8.ToArray();
    private static readonly byte[] BodyEnd = "]}"u8.ToArray();
    private const string FillerText = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ";

    private readonly byte[][] _messages;
    private readonly int _counterOffset;

    private MessagePool(byte[][] messages, string prefix)
    {
        _messages = messages;
        Prefix = prefix;
        _counterOffset = "{\"messageId\":\"".Length + prefix.Length;
    }

    public string Prefix { get; }

    public int Count => _messages.Length;

    public double AverageBytes => _messages.Average(m => (double)m.Length);

    public int MinBytes => _messages.Min(m => m.Length);

    public int MaxBytes => _messages.Max(m => m.Length);

    /// <param name="runTag">Makes this run's message ids unique.</param>
    /// <param name="live">Leave out the demo's historical timestamps, so the server stamps each message with its
    /// arrival time as it does for live traffic (time-ordered index inserts instead of spread over 12 months).</param>
    public static MessagePool Create(int count, int targetBytes, string runTag, bool live = false)
    {
        var prefix = $"bench-{runTag}-";
        var placeholder = prefix + new string('0', CounterDigits);
        var generator = new DemoDataGenerator(Population, Seed, Anchor);
        var messages = new List<byte[]>(count);
        var people = new ArrayBufferWriter<byte>(1 << 16);
        var output = new ArrayBufferWriter<byte>(4096);
        for (var person = 0; messages.Count < count; person++)
        {
            people.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(people))
            {
                json.WriteStartArray();
                generator.WritePerson(person % Population, json);
                json.WriteEndArray();
            }

            using var document = JsonDocument.Parse(people.WrittenMemory);
            foreach (var message in document.RootElement.EnumerateArray())
            {
                if (messages.Count == count)
                    break;
                var bare = Write(output, message, placeholder, 0, messages.Count, live);
                messages.Add(Write(output, message, placeholder, Math.Max(0, targetBytes - bare.Length), messages.Count, live));
            }
        }

        return new MessagePool([.. messages], prefix);
    }

    /// <summary>One /v1/batch body with the messages whose ids are <paramref name="firstId"/> .. + count - 1.</summary>
    public byte[] BuildBody(long firstId, int count)
    {
        var size = BodyStart.Length + BodyEnd.Length + count - 1;
        for (var i = 0; i < count; i++)
            size += Message(firstId + i).Length;
        var body = new byte[size];
        var span = body.AsSpan();
        BodyStart.CopyTo(span);
        var at = BodyStart.Length;
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
                body[at++] = (byte)',';
            var message = Message(firstId + i);
            message.CopyTo(span[at..]);
            (firstId + i).TryFormat(span.Slice(at + _counterOffset, CounterDigits), out _, "D10", CultureInfo.InvariantCulture);
            at += message.Length;
        }

        BodyEnd.CopyTo(span[at..]);
        return body;
    }

    /// <summary>Bodies for ids firstId .. firstId + bodies × perBody - 1, built on all cores.</summary>
    public byte[][] BuildBodies(long firstId, int bodies, int perBody)
    {
        var result = new byte[bodies][];
        Parallel.For(0, bodies, i => result[i] = BuildBody(firstId + (long)i * perBody, perBody));
        return result;
    }

    private byte[] Message(long id) => _messages[(int)(id % _messages.Length)];

    private static byte[] Write(ArrayBufferWriter<byte> output, JsonElement message, string placeholder, int filler, int index, bool live)
    {
        output.ResetWrittenCount();
        using (var w = new Utf8JsonWriter(output))
        {
            var padInto = message.TryGetProperty("properties", out _) ? "properties"
                : message.TryGetProperty("traits", out _) ? "traits" : null;
            w.WriteStartObject();
            w.WriteString("messageId", placeholder);
            foreach (var property in message.EnumerateObject())
            {
                if (property.NameEquals("messageId") || (live && property.NameEquals("timestamp")))
                    continue;
                if (padInto is not null && property.NameEquals(padInto) && property.Value.ValueKind == JsonValueKind.Object)
                {
                    w.WriteStartObject(property.Name);
                    foreach (var inner in property.Value.EnumerateObject())
                        inner.WriteTo(w);
                    w.WriteString("filler", Filler(filler, index));
                    w.WriteEndObject();
                }
                else
                {
                    property.WriteTo(w);
                }
            }

            if (padInto is null)
            {
                w.WriteStartObject("properties");
                w.WriteString("filler", Filler(filler, index));
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        var bytes = output.WrittenSpan.ToArray();
        if (!bytes.AsSpan().StartsWith(Encoding.UTF8.GetBytes("{\"messageId\":\"" + placeholder)))
            throw new InvalidOperationException("The messageId placeholder is not where the body builder expects it.");
        return bytes;
    }

    /// <summary>Deterministic text of exactly <paramref name="length"/> characters.</summary>
    private static string Filler(int length, int index)
    {
        var builder = new StringBuilder(length);
        var start = index % FillerText.Length;
        while (builder.Length < length)
        {
            var take = Math.Min(length - builder.Length, FillerText.Length - start);
            builder.Append(FillerText, start, take);
            start = 0;
        }

        return builder.ToString();
    }
}
