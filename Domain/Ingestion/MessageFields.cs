using System.Text.Json;

namespace Lodestar.Domain.Ingestion;

/// <summary>The top-level fields of a message that the server reads, found in one pass over the object.</summary>
internal struct MessageFields
{
    public JsonElement? Type;
    public JsonElement? UserId;
    public JsonElement? AnonymousId;
    public JsonElement? MessageId;
    public JsonElement? Timestamp;
    public JsonElement? OriginalTimestamp;
    public JsonElement? SentAt;
    public JsonElement? Context;
    public JsonElement? Integrations;
    public JsonElement? Event;
    public JsonElement? Name;
    public JsonElement? GroupId;
    public JsonElement? PreviousId;
    public JsonElement? Traits;
    public JsonElement? Properties;

    public static MessageFields Read(JsonElement message)
    {
        var fields = new MessageFields();
        foreach (var property in message.EnumerateObject())
        {
            var value = property.Value.ValueKind == JsonValueKind.Null ? (JsonElement?)null : property.Value;
            if (property.NameEquals("type"u8)) fields.Type = value;
            else if (property.NameEquals("userId"u8)) fields.UserId = value;
            else if (property.NameEquals("anonymousId"u8)) fields.AnonymousId = value;
            else if (property.NameEquals("messageId"u8)) fields.MessageId = value;
            else if (property.NameEquals("timestamp"u8)) fields.Timestamp = value;
            else if (property.NameEquals("originalTimestamp"u8)) fields.OriginalTimestamp = value;
            else if (property.NameEquals("sentAt"u8)) fields.SentAt = value;
            else if (property.NameEquals("context"u8)) fields.Context = value;
            else if (property.NameEquals("integrations"u8)) fields.Integrations = value;
            else if (property.NameEquals("event"u8)) fields.Event = value;
            else if (property.NameEquals("name"u8)) fields.Name = value;
            else if (property.NameEquals("groupId"u8)) fields.GroupId = value;
            else if (property.NameEquals("previousId"u8)) fields.PreviousId = value;
            else if (property.NameEquals("traits"u8)) fields.Traits = value;
            else if (property.NameEquals("properties"u8)) fields.Properties = value;
        }

        return fields;
    }

    /// <summary>Fields the server writes itself, so the copy of the client's message leaves them out.</summary>
    public static bool IsServerField(JsonProperty property) =>
        property.NameEquals("type"u8) || property.NameEquals("messageId"u8) || property.NameEquals("timestamp"u8)
        || property.NameEquals("originalTimestamp"u8) || property.NameEquals("sentAt"u8)
        || property.NameEquals("receivedAt"u8) || property.NameEquals("context"u8)
        || property.NameEquals("integrations"u8) || property.NameEquals("writeKey"u8);
}
