using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lodestar.Domain.Events;
using Lodestar.Domain.Privacy.Pii;

namespace Lodestar.Domain.Ingestion;

/// <summary>
/// Turns one Segment message into the event to store: checks it against the spec and the limits, applies the
/// server-side rules of the tracking API (messageId, receivedAt, skew-corrected timestamp, batch context and
/// integrations merged in, <c>context.ip</c>), applies the workspace's PII rules and promotes the columns queries filter
/// on. Not thread-safe: one per request.
/// </summary>
public sealed class MessageNormalizer
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly DateTime Epoch = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _writer;
    private readonly PiiRuleSet _pii;
    private readonly HashSet<PiiRule> _columnRules;
    private readonly List<PiiRule> _applied = [];

    public MessageNormalizer(PiiRuleSet? pii = null)
    {
        _writer = new Utf8JsonWriter(_buffer, WriterOptions);
        _pii = pii ?? PiiRuleSet.Empty;
        _columnRules = [.. _pii.Rules.Where(r => EventColumns.SourcePaths.Any(path => PiiRuleParser.Overlap(r.Path, path)))];
    }

    public NormalizationResult Normalize(JsonElement message, MessageType? routeType, in BatchEnvelope envelope,
        in IngestionStamp stamp, string where)
    {
        if (message.ValueKind != JsonValueKind.Object)
            return NormalizationResult.Invalid($"{where} must be a JSON object.");
        if (JsonMarshal.GetRawUtf8Value(message).Length > EventLimits.MaxMessageBytes)
            return NormalizationResult.TooLarge($"{where} is larger than {EventLimits.MaxMessageBytes / 1024} KB.");

        var fields = MessageFields.Read(message);
        var type = routeType ?? MessageTypes.Parse(fields.Type);
        if (type is null)
            return NormalizationResult.Invalid($"{where}: 'type' must be one of {MessageTypes.Names}.");

        var error = MessageRules.Check(type.Value, fields, where);
        if (error is not null)
            return NormalizationResult.Invalid(error);

        var clientTimestampField = fields.Timestamp ?? fields.OriginalTimestamp;
        if (!JsonValues.TryReadDate(clientTimestampField, out var clientTimestamp))
            return NormalizationResult.Invalid($"{where}: 'timestamp' must be an ISO-8601 date, like 2026-01-31T12:00:00.000Z.");
        if (!JsonValues.TryReadDate(fields.SentAt, out var sentAt))
            return NormalizationResult.Invalid($"{where}: 'sentAt' must be an ISO-8601 date, like 2026-01-31T12:00:00.000Z.");
        sentAt ??= envelope.SentAt;
        var timestamp = MessageTimestamps.Resolve(stamp.ReceivedAt, clientTimestamp, sentAt);
        if (timestamp < Epoch)
            return NormalizationResult.Invalid($"{where}: the timestamp resolves to {JsonValues.Iso(timestamp)}, before 1970-01-01.");

        var messageId = JsonValues.AsIdentifier(fields.MessageId) ?? "api-" + Guid.NewGuid().ToString("N");
        var redact = _pii.Applies(fields.Properties, fields.Traits, fields.Context, envelope.Context, stamp.ClientIp is not null);
        _applied.Clear();
        WriteRaw(message, fields, type.Value, envelope, stamp, messageId, timestamp, clientTimestampField, sentAt, redact);
        var raw = Encoding.UTF8.GetString(_buffer.WrittenSpan);
        if (redact && ChangedAColumn())
        {
            // A rule changed a value a column is read from: read the columns from what is stored (its context already
            // holds the batch's), so a dropped value is not promoted either and a hashed one is promoted hashed.
            using var stored = JsonDocument.Parse(_buffer.WrittenMemory);
            return NormalizationResult.Ok(EventColumns.Build(MessageFields.Read(stored.RootElement), BatchEnvelope.None, type.Value, stamp,
                messageId, timestamp, clientTimestamp?.UtcDateTime, sentAt?.UtcDateTime, raw));
        }

        return NormalizationResult.Ok(EventColumns.Build(fields, envelope, type.Value, stamp, messageId, timestamp,
            clientTimestamp?.UtcDateTime, sentAt?.UtcDateTime, raw));
    }

    /// <summary>Normalises every message of a payload; stops at the first refusal (then nothing is to be stored).</summary>
    public bool TryNormalizeAll(TrackingPayload payload, MessageType? routeType, in IngestionStamp stamp,
        out TrackedEvent[] events, out NormalizationResult refusal)
    {
        events = new TrackedEvent[payload.Messages.Count];
        for (var i = 0; i < events.Length; i++)
        {
            var where = payload.IsBatch ? $"batch[{i}]" : "The message";
            var result = Normalize(payload.Messages[i], routeType, payload.Envelope, stamp, where);
            if (result.Event is null)
            {
                refusal = result;
                return false;
            }

            events[i] = result.Event;
        }

        refusal = default;
        return true;
    }

    private void WriteRaw(JsonElement message, in MessageFields fields, MessageType type, in BatchEnvelope envelope,
        in IngestionStamp stamp, string messageId, DateTime timestamp, JsonElement? clientTimestamp, DateTimeOffset? sentAt, bool redact)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        var w = _writer;
        w.WriteStartObject();
        var hasVersion = false;
        foreach (var property in message.EnumerateObject())
        {
            if (MessageFields.IsServerField(property))
                continue;
            hasVersion |= property.NameEquals("version"u8);
            if (redact && RuledObject(property) is { } node)
            {
                w.WritePropertyName(property.Name);
                PiiRedactor.WriteObject(w, property.Value, node, _applied);
            }
            else
            {
                property.WriteTo(w);
            }
        }

        w.WriteString("type"u8, MessageTypes.Name(type));
        w.WriteString("messageId"u8, messageId);
        w.WriteString("timestamp"u8, JsonValues.Iso(timestamp));
        if (clientTimestamp is { } original)
        {
            w.WritePropertyName("originalTimestamp"u8);
            original.WriteTo(w);
        }

        if (sentAt is { } sent)
            w.WriteString("sentAt"u8, JsonValues.Iso(sent.UtcDateTime));
        w.WriteString("receivedAt"u8, JsonValues.Iso(stamp.ReceivedAt));

        w.WriteStartObject("context"u8);
        if (redact)
        {
            PiiRedactor.WriteContextProperties(w, fields.Context, envelope.Context, _pii.ContextNode, stamp.ClientIp, _applied);
        }
        else
        {
            var hasIp = JsonMerge.WriteMerged(w, fields.Context, envelope.Context, "ip"u8);
            if (!hasIp && stamp.ClientIp is not null)
                w.WriteString("ip"u8, stamp.ClientIp);
        }

        w.WriteEndObject();

        if (fields.Integrations is not null || envelope.Integrations is not null)
        {
            w.WriteStartObject("integrations"u8);
            JsonMerge.WriteMerged(w, fields.Integrations, envelope.Integrations, default);
            w.WriteEndObject();
        }

        if (!hasVersion)
            w.WriteNumber("version"u8, 2);
        w.WriteEndObject();
        w.Flush();
    }

    private bool ChangedAColumn()
    {
        foreach (var rule in _applied)
        {
            if (_columnRules.Contains(rule))
                return true;
        }

        return false;
    }

    /// <summary>The rules for a top-level <c>properties</c> or <c>traits</c> object, when there are any.</summary>
    private PiiPathNode? RuledObject(JsonProperty property) =>
        property.Value.ValueKind != JsonValueKind.Object ? null
        : property.NameEquals("properties"u8) ? _pii.PropertiesNode
        : property.NameEquals("traits"u8) ? _pii.TraitsNode
        : null;
}
