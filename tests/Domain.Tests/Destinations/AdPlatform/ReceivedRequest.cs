using System.Text.Json.Nodes;

namespace Lodestar.Domain.Tests.Destinations.AdPlatform;

/// <summary>A request the fake ad platform received: what the sender put on the wire.</summary>
public sealed record ReceivedRequest(string Method, string Path, string Authorization, string NormalizerVersion, string IdempotencyKey, JsonNode? Body);
