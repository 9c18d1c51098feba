using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lodestar.Domain.Events;
using Lodestar.Domain.Ingestion;
using Lodestar.Domain.Privacy.Pii;

namespace Lodestar.Domain.Tests.Ingestion;

/// <summary>Runs the normaliser on JSON text the way the tracking API does.</summary>
internal static class NormalizerHarness
{
    public static readonly DateTime ReceivedAt = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    public static NormalizationResult Single(string json, TrackingRoute route = TrackingRoute.Track, string? ip = "203.0.113.9", PiiRuleSet? pii = null)
    {
        using var payload = TrackingPayload.Parse(Encoding.UTF8.GetBytes(json), route);
        Assert.Equal(IngestionError.None, payload.Error);
        return new MessageNormalizer(pii).Normalize(payload.Messages[0], MessageTypes.ForRoute(route), payload.Envelope,
            new IngestionStamp(ReceivedAt, ip, 7), "The message");
    }

    public static (bool Ok, TrackedEvent[] Events, NormalizationResult Refusal) Batch(string json, PiiRuleSet? pii = null)
    {
        using var payload = TrackingPayload.Parse(Encoding.UTF8.GetBytes(json), TrackingRoute.Batch);
        Assert.Equal(IngestionError.None, payload.Error);
        var ok = new MessageNormalizer(pii).TryNormalizeAll(payload, null, new IngestionStamp(ReceivedAt, "198.51.100.1", 7),
            out var events, out var refusal);
        return (ok, events, refusal);
    }

    public static TrackedEvent Accepted(string json, TrackingRoute route = TrackingRoute.Track, PiiRuleSet? pii = null)
    {
        var result = Single(json, route, pii: pii);
        Assert.True(result.Event is not null, result.Message);
        return result.Event!;
    }

    public static JsonObject RawOf(TrackedEvent e) => JsonNode.Parse(e.Raw)!.AsObject();

    public static string? At(TrackedEvent e, string path)
    {
        JsonNode? node = RawOf(e);
        foreach (var part in path.Split('.'))
            node = node?[part];
        return node?.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node?.ToJsonString();
    }
}
