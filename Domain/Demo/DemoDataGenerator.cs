using System.Buffers;
using System.Text.Json;

namespace Lodestar.Domain.Demo;

/// <summary>
/// The demo workspace and the benchmark data sets: people and their messages over the 12 months before
/// <paramref name="anchor"/>, fully determined by (<paramref name="people"/>, <paramref name="seed"/>, anchor).
/// Message ids are stable too, so seeding again only adds what is missing.
/// </summary>
public sealed class DemoDataGenerator(int people, int seed, DateTime anchor)
{
    public int People => people;

    /// <summary>Writes person <paramref name="index"/>'s messages as elements of an open JSON array.</summary>
    /// <returns>How many messages were written.</returns>
    public int WritePerson(int index, Utf8JsonWriter json)
    {
        var rng = new Random(Mix(seed, index));
        var output = new DemoMessageWriter(json, $"demo-{seed}-{index}-");
        new DemoPersonSimulator(rng, output, index, people, DateTime.SpecifyKind(anchor, DateTimeKind.Utc)).Run();
        return output.Written;
    }

    /// <summary>Batch bodies of about <paramref name="messagesPerBatch"/> messages (whole people, never split).</summary>
    public IEnumerable<DemoBatch> Batches(int messagesPerBatch, int firstPerson = 0)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        using var json = new Utf8JsonWriter(buffer);
        var count = 0;
        for (var person = firstPerson; person < people; person++)
        {
            if (count == 0)
            {
                buffer.ResetWrittenCount();
                json.Reset(buffer);
                json.WriteStartObject();
                json.WriteStartArray("batch");
            }

            count += WritePerson(person, json);
            if (count >= messagesPerBatch || person == people - 1)
            {
                json.WriteEndArray();
                json.WriteEndObject();
                json.Flush();
                yield return new DemoBatch(buffer.WrittenMemory.ToArray(), count, person + 1);
                count = 0;
            }
        }
    }

    private static int Mix(int seed, int index) =>
        (int)(((uint)seed * 2654435761u) ^ ((uint)index * 2246822519u + 0x9E3779B9u));
}
