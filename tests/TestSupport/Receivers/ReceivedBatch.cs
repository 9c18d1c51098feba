using System.Text.Json.Nodes;

namespace Lodestar.Testing.Receivers;

/// <summary>A request body a test receiver accepted, with its idempotency key; parsed when first read.</summary>
public sealed class ReceivedBatch(string? idempotencyKey, byte[] raw)
{
    private readonly Lazy<JsonNode> _body = new(() => JsonNode.Parse(raw)!);

    public string? IdempotencyKey { get; } = idempotencyKey;

    public byte[] Raw { get; } = raw;

    public JsonNode Body => _body.Value;

    /// <summary>The messages of an event-stream body (its <c>batch</c> array); empty for other bodies.</summary>
    public IReadOnlyList<JsonNode> Messages => Body["batch"] is JsonArray batch ? [.. batch.Select(m => m!)] : [];
}
