using System.Text.Json.Nodes;

namespace Lodestar.Testing.Receivers;

/// <summary>A request body a test receiver accepted, with its idempotency key.</summary>
public sealed record ReceivedBatch(string? IdempotencyKey, JsonNode Body);
