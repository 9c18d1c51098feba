using System.Text.Json;

namespace Lodestar.Domain.Ingestion;

/// <summary>What a batch request says for all its messages: merged into each (the message's own values win).</summary>
public readonly record struct BatchEnvelope(JsonElement? Context, JsonElement? Integrations, DateTimeOffset? SentAt)
{
    public static BatchEnvelope None => default;
}
