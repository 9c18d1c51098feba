using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Lodestar.Benchmarks;

/// <summary>One <c>/v1/batch</c> body of identity-r1's new traffic being written (see <see cref="IdentityR1Traffic"/>).</summary>
internal sealed class IdentityR1Batch(Utf8JsonWriter json, string messageIdPrefix, DateTime start)
{
    private static readonly string[] Pages = ["/", "/collections", "/pricing", "/blog", "/account", "/help"];
    private static readonly string[] FirstNames = ["Ada", "Ben", "Chloe", "Dev", "Elif", "Femi", "Greta", "Hiro", "Ines", "Jonas"];
    private static readonly string[] LastNames = ["Novak", "Okafor", "Petrov", "Quinn", "Rossi", "Sato", "Tanaka", "Ueda", "Vargas", "Weber"];

    public int Written { get; private set; }

    public int InBatch { get; private set; }

    public void Begin(ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        json.WriteStartObject();
        json.WriteStartArray("batch");
        InBatch = 0;
    }

    public ReadOnlyMemory<byte> End(ArrayBufferWriter<byte> buffer)
    {
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        return buffer.WrittenMemory;
    }

    public void Visit(Random rng, string anonymousId, string? userId, int pages)
    {
        for (var i = 0; i < pages; i++)
        {
            var path = Pages[rng.Next(Pages.Length)];
            Message("page", anonymousId, userId);
            json.WriteString("name", path);
            json.WriteStartObject("properties");
            json.WriteString("path", path);
            json.WriteString("url", "https://shop.lumen.example" + path);
            json.WriteEndObject();
            Context();
            if (rng.NextDouble() < 0.4)
            {
                Message("track", anonymousId, userId);
                json.WriteString("event", "Product Viewed");
                json.WriteStartObject("properties");
                json.WriteString("product_id", $"sku-{rng.Next(500):D4}");
                json.WriteEndObject();
                Context();
            }
        }
    }

    public void Identify(Random rng, string anonymousId, string userId, string? email)
    {
        Message("identify", anonymousId, userId);
        json.WriteStartObject("traits");
        if (email is not null)
        {
            json.WriteString("email", email);
            json.WriteString("firstName", FirstNames[rng.Next(FirstNames.Length)]);
            json.WriteString("lastName", LastNames[rng.Next(LastNames.Length)]);
        }

        json.WriteString("lastLogin", Iso(Now));
        json.WriteEndObject();
        Context();
    }

    public void Alias(string previousId, string userId)
    {
        Message("alias", previousId, userId);
        json.WriteString("previousId", previousId);
        Context();
    }

    private DateTime Now => start.AddSeconds(Written);

    private void Message(string type, string anonymousId, string? userId)
    {
        json.WriteStartObject();
        json.WriteString("type", type);
        json.WriteString("messageId", messageIdPrefix + Written.ToString(CultureInfo.InvariantCulture));
        json.WriteString("anonymousId", anonymousId);
        if (userId is not null)
            json.WriteString("userId", userId);
        json.WriteString("timestamp", Iso(Now));
        Written++;
        InBatch++;
    }

    private void Context()
    {
        json.WriteStartObject("context");
        json.WriteString("ip", "203.0.113.7");
        json.WriteStartObject("library");
        json.WriteString("name", "analytics.js");
        json.WriteString("version", "5.2.0");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
