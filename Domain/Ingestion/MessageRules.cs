using System.Text.Json;
using Lodestar.Domain.Events;

namespace Lodestar.Domain.Ingestion;

/// <summary>What the spec requires of each message type; each rule names the field a client must fix.</summary>
internal static class MessageRules
{
    public static string? Check(MessageType type, in MessageFields f, string where) =>
        CheckKinds(f, where) ?? CheckIdentity(f, where) ?? CheckType(type, f, where);

    private static string? CheckKinds(in MessageFields f, string where)
    {
        if (!JsonValues.IsIdentifierKind(f.UserId)) return NotText(where, "userId");
        if (!JsonValues.IsIdentifierKind(f.AnonymousId)) return NotText(where, "anonymousId");
        if (!JsonValues.IsIdentifierKind(f.MessageId)) return NotText(where, "messageId");
        if (!JsonValues.IsIdentifierKind(f.GroupId)) return NotText(where, "groupId");
        if (!JsonValues.IsIdentifierKind(f.PreviousId)) return NotText(where, "previousId");
        if (!IsObject(f.Context)) return NotObject(where, "context");
        if (!IsObject(f.Integrations)) return NotObject(where, "integrations");
        if (!IsObject(f.Traits)) return NotObject(where, "traits");
        if (!IsObject(f.Properties)) return NotObject(where, "properties");
        if (f.Event is { ValueKind: not JsonValueKind.String }) return NotText(where, "event");
        if (f.Name is { ValueKind: not JsonValueKind.String }) return NotText(where, "name");
        return null;
    }

    private static string? CheckIdentity(in MessageFields f, string where)
    {
        var userId = JsonValues.AsIdentifier(f.UserId);
        var anonymousId = JsonValues.AsIdentifier(f.AnonymousId);
        if (userId is null && anonymousId is null)
            return $"{where} needs a userId or an anonymousId.";
        return TooLong(where, "userId", userId, EventLimits.IdentifierLength)
            ?? TooLong(where, "anonymousId", anonymousId, EventLimits.IdentifierLength)
            ?? TooLong(where, "messageId", JsonValues.AsIdentifier(f.MessageId), EventLimits.MessageIdLength);
    }

    private static string? CheckType(MessageType type, in MessageFields f, string where)
    {
        switch (type)
        {
            case MessageType.Track:
                var name = f.Event?.GetString();
                if (string.IsNullOrWhiteSpace(name))
                    return $"{where} is a track call and needs an 'event' name.";
                return TooLong(where, "event", name, EventLimits.IdentifierLength);
            case MessageType.Group:
                var groupId = JsonValues.AsIdentifier(f.GroupId);
                if (groupId is null)
                    return $"{where} is a group call and needs a 'groupId'.";
                return TooLong(where, "groupId", groupId, EventLimits.GroupIdLength);
            case MessageType.Alias:
                var previousId = JsonValues.AsIdentifier(f.PreviousId);
                if (previousId is null || JsonValues.AsIdentifier(f.UserId) is null)
                    return $"{where} is an alias call and needs both 'previousId' and 'userId'.";
                return TooLong(where, "previousId", previousId, EventLimits.IdentifierLength);
            case MessageType.Page or MessageType.Screen:
                return TooLong(where, "name", f.Name?.GetString(), EventLimits.IdentifierLength);
            default:
                return null;
        }
    }

    private static bool IsObject(JsonElement? element) => element is null || element.Value.ValueKind == JsonValueKind.Object;

    private static string NotText(string where, string field) => $"{where}: '{field}' must be a string.";

    private static string NotObject(string where, string field) => $"{where}: '{field}' must be a JSON object.";

    private static string? TooLong(string where, string field, string? value, int limit) =>
        value is not null && value.Length > limit ? $"{where}: '{field}' is longer than {limit} characters." : null;
}
