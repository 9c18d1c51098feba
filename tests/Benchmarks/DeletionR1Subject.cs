using System.Buffers;
using System.Text.Json;
using Lodestar.Domain.Events;
using Lodestar.Domain.Ingestion;

namespace Lodestar.Benchmarks;

/// <summary>
/// The person deletion-r1 erases, stored the way ingestion stores messages: an identify linking an anonymous id, a
/// user id, an email and a phone, then page views and tracks over the R1 year, half under the user id, half under the
/// anonymous id alone (so the erasure has to follow the identity graph). Deterministic.
/// </summary>
internal static class DeletionR1Subject
{
    public const string UserId = "erase-me-r1";
    public const string AnonymousId = "5f0c7e52-erase-me-anonymous";
    public const string Email = "erase.me@r1-deletion.example";
    public const string Phone = "+1 (555) 014-2871";
    private const int PerBatch = 500;
    private static readonly string[] Names = ["Product Viewed", "Product Added", "Checkout Started", "Order Completed", "Search"];

    public static async Task StoreAsync(string file, int sourceId, int events)
    {
        var rng = new Random(9_001);
        var start = MessagePool.Anchor.AddDays(-360);
        var step = TimeSpan.FromDays(355).Ticks / events;
        await using var sink = await SqliteEventSink.OpenAsync(BenchDatabase.ConnectionString(file), CancellationToken.None);
        var normalizer = new MessageNormalizer();
        for (var first = 0; first < events; first += PerBatch)
        {
            var buffer = new ArrayBufferWriter<byte>(1 << 18);
            await using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteStartArray("batch");
                for (var i = first; i < Math.Min(events, first + PerBatch); i++)
                    Message(json, rng, i, start.AddTicks(step * i));
                json.WriteEndArray();
                json.WriteEndObject();
            }

            using var payload = TrackingPayload.Parse(buffer.WrittenMemory, TrackingRoute.Batch);
            if (!normalizer.TryNormalizeAll(payload, null, new IngestionStamp(DateTime.UtcNow, "127.0.0.1", sourceId), out var normalized, out var refusal))
                throw new InvalidOperationException($"The tracking API refuses a generated message: {refusal.Message}");
            if ((await sink.InsertAsync(normalized, CancellationToken.None)).Any(inserted => !inserted))
                throw new InvalidOperationException("The subject's messages were stored already (duplicate messageIds).");
        }
    }

    private static void Message(Utf8JsonWriter json, Random rng, int i, DateTime at)
    {
        json.WriteStartObject();
        json.WriteString("messageId", $"deletion-r1-{i}");
        json.WriteString("timestamp", at);
        json.WriteString("anonymousId", AnonymousId);
        if (i == 0)
        {
            json.WriteString("type", "identify");
            json.WriteString("userId", UserId);
            json.WriteStartObject("traits");
            json.WriteString("email", Email);
            json.WriteString("phone", Phone);
            json.WriteString("firstName", "Erasmus");
            json.WriteString("lastName", "Forgetmenot");
            json.WriteEndObject();
        }
        else
        {
            var page = rng.NextDouble() < 0.4;
            json.WriteString("type", page ? "page" : "track");
            if (i % 2 == 0)
                json.WriteString("userId", UserId);
            if (page)
                json.WriteString("name", "Catalog");
            else
                json.WriteString("event", Names[rng.Next(Names.Length)]);
            json.WriteStartObject("properties");
            json.WriteString("sku", $"SKU-{rng.Next(500):D4}");
            json.WriteNumber("price", rng.Next(500, 20_000) / 100.0);
            json.WriteEndObject();
            json.WriteStartObject("context");
            json.WriteString("ip", "203.0.113.42");
            json.WriteString("userAgent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0");
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
