using System.Buffers;
using System.Text.Json;
using Lodestar.Domain.Events;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Ingestion;

namespace Lodestar.Benchmarks;

/// <summary>
/// Deterministic inputs of <see cref="SuppressionBenchmark"/>: a suppression list as erasures leave it (per person a user
/// id, an anonymous id, an email and a phone) and tracking batches like the demo's — identify, track and page with a
/// user id or an anonymous id, emails in traits, a device id — of which 1 % carry one of the suppressed identifiers.
/// </summary>
internal static class SuppressionBenchData
{
    public static IReadOnlyList<IdentifierKey> SuppressedKeys(int count)
    {
        var keys = new List<IdentifierKey>(count);
        for (var person = 0; keys.Count < count; person++)
        {
            keys.Add(new IdentifierKey(IdentifierTypes.UserId, $"erased-{person}"));
            keys.Add(new IdentifierKey(IdentifierTypes.AnonymousId, $"erased-anon-{person:D8}"));
            keys.Add(new IdentifierKey(IdentifierTypes.Email, $"erased.{person}@example.org"));
            keys.Add(new IdentifierKey(IdentifierTypes.Phone, $"+1555{person % 10_000_000:D7}"));
        }

        return keys.Take(count).ToList();
    }

    /// <summary><paramref name="batches"/> /v1/batch bodies; <paramref name="run"/> keeps their messageIds apart from other runs'.</summary>
    public static IReadOnlyList<byte[]> Bodies(int batches, int perBatch, IReadOnlyList<IdentifierKey> suppressed, string run)
    {
        var rng = new Random(4_242);
        var bodies = new List<byte[]>(batches);
        for (var b = 0; b < batches; b++)
        {
            var buffer = new ArrayBufferWriter<byte>(64 * 1024);
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteStartArray("batch");
                for (var m = 0; m < perBatch; m++)
                    Message(json, rng, $"supp-{run}-{b}-{m}", suppressed);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            bodies.Add(buffer.WrittenSpan.ToArray());
        }

        return bodies;
    }

    /// <summary>The bodies' messages as the tracking API normalises them before the check.</summary>
    public static IReadOnlyList<TrackedEvent> Normalize(IReadOnlyList<byte[]> bodies, int sourceId)
    {
        var normalizer = new MessageNormalizer();
        var events = new List<TrackedEvent>();
        foreach (var body in bodies)
        {
            using var payload = TrackingPayload.Parse(body, TrackingRoute.Batch);
            if (!normalizer.TryNormalizeAll(payload, null, new IngestionStamp(DateTime.UtcNow, "127.0.0.1", sourceId), out var normalized, out var refusal))
                throw new InvalidOperationException($"The tracking API refuses a generated message: {refusal.Message}");
            events.AddRange(normalized);
        }

        return events;
    }

    private static void Message(Utf8JsonWriter json, Random rng, string messageId, IReadOnlyList<IdentifierKey> suppressed)
    {
        var person = rng.Next(1_000_000);
        var erased = rng.NextDouble() < 0.01 ? suppressed[rng.Next(suppressed.Count)] : (IdentifierKey?)null;
        var kind = rng.Next(10);
        json.WriteStartObject();
        json.WriteString("messageId", messageId);
        json.WriteString("type", kind == 0 ? "identify" : kind < 4 ? "page" : "track");
        json.WriteString("anonymousId", erased?.Type == IdentifierTypes.AnonymousId ? erased.Value.Value : $"anon-{person:D8}");
        if (erased?.Type == IdentifierTypes.UserId || (erased is null && rng.NextDouble() < 0.5))
            json.WriteString("userId", erased?.Type == IdentifierTypes.UserId ? erased.Value.Value : $"user-{person}");
        if (kind >= 4)
            json.WriteString("event", "Product Viewed");
        json.WriteStartObject(kind == 0 ? "traits" : "properties");
        if (kind == 0 || erased?.Type == IdentifierTypes.Email)
            json.WriteString("email", erased?.Type == IdentifierTypes.Email ? erased.Value.Value : $"person.{person}@gmail.com");
        if (erased?.Type == IdentifierTypes.Phone)
            json.WriteString("phone", erased.Value.Value);
        json.WriteString("sku", $"SKU-{rng.Next(500):D4}");
        json.WriteNumber("price", rng.Next(500, 20_000) / 100.0);
        json.WriteEndObject();
        json.WriteStartObject("context");
        json.WriteStartObject("device");
        json.WriteString("id", $"device-{person}");
        json.WriteEndObject();
        json.WriteString("userAgent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0");
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
