using System.Text.Json;
using Lodestar.Domain.Events;

namespace Lodestar.Domain.Ingestion;

/// <summary>A parsed tracking request body: its messages, the batch envelope and the write key it carries.</summary>
public sealed class TrackingPayload : IDisposable
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowDuplicateProperties = false };

    private readonly JsonDocument? _document;

    private TrackingPayload(JsonDocument? document, IngestionError error, string? message)
    {
        _document = document;
        Error = error;
        ErrorMessage = message;
    }

    public IngestionError Error { get; }

    public string? ErrorMessage { get; }

    public string? WriteKey { get; private init; }

    public BatchEnvelope Envelope { get; private init; }

    public IReadOnlyList<JsonElement> Messages { get; private init; } = [];

    /// <summary>True when the messages came in a <c>batch</c> array (error messages then name the index).</summary>
    public bool IsBatch { get; private init; }

    public static TrackingPayload Parse(ReadOnlyMemory<byte> body, TrackingRoute route)
    {
        if (body.IsEmpty)
            return Fail(IngestionError.Invalid, "The request body is empty: send a JSON object.");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException ex)
        {
            return Fail(IngestionError.Invalid, $"The body is not valid JSON: {ex.Message}");
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            return Fail(IngestionError.Invalid, "The body must be a JSON object.", document);
        var writeKey = root.TryGetProperty("writeKey", out var key) && key.ValueKind == JsonValueKind.String ? key.GetString() : null;
        if (route is not (TrackingRoute.Batch or TrackingRoute.Import))
            return new TrackingPayload(document, IngestionError.None, null) { WriteKey = writeKey, Messages = [root] };

        if (!root.TryGetProperty("batch", out var batch) || batch.ValueKind != JsonValueKind.Array)
            return Fail(IngestionError.Invalid, "A batch request needs a 'batch' array of messages.", document);
        var count = batch.GetArrayLength();
        if (count == 0)
            return Fail(IngestionError.Invalid, "The 'batch' array is empty.", document);
        if (count > EventLimits.MaxBatchMessages)
            return Fail(IngestionError.TooLarge,
                $"The batch holds {count:N0} messages; at most {EventLimits.MaxBatchMessages:N0} are accepted per request. Split it.", document);
        if (!JsonValues.TryReadDate(Optional(root, "sentAt"), out var sentAt))
            return Fail(IngestionError.Invalid, "'sentAt' must be an ISO-8601 date, like 2026-01-31T12:00:00.000Z.", document);
        var context = Optional(root, "context");
        var integrations = Optional(root, "integrations");
        if (context is { ValueKind: not JsonValueKind.Object } || integrations is { ValueKind: not JsonValueKind.Object })
            return Fail(IngestionError.Invalid, "The batch's 'context' and 'integrations' must be JSON objects.", document);

        var messages = new List<JsonElement>(count);
        foreach (var item in batch.EnumerateArray())
            messages.Add(item);
        return new TrackingPayload(document, IngestionError.None, null)
        {
            WriteKey = writeKey,
            Messages = messages,
            IsBatch = true,
            Envelope = new BatchEnvelope(context, integrations, sentAt),
        };
    }

    public void Dispose() => _document?.Dispose();

    private static JsonElement? Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static TrackingPayload Fail(IngestionError error, string message, JsonDocument? document = null)
    {
        document?.Dispose();
        return new TrackingPayload(null, error, message);
    }
}
