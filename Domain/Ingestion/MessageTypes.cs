using System.Text.Json;
using Lodestar.Domain.Events;

namespace Lodestar.Domain.Ingestion;

/// <summary>Segment's lower-case names of the message types.</summary>
public static class MessageTypes
{
    public const string Names = "identify, track, page, screen, group, alias";

    public static string Name(MessageType type) => type switch
    {
        MessageType.Identify => "identify",
        MessageType.Track => "track",
        MessageType.Page => "page",
        MessageType.Screen => "screen",
        MessageType.Group => "group",
        MessageType.Alias => "alias",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static MessageType? Parse(string? name) => name?.ToLowerInvariant() switch
    {
        "identify" => MessageType.Identify,
        "track" => MessageType.Track,
        "page" => MessageType.Page,
        "screen" => MessageType.Screen,
        "group" => MessageType.Group,
        "alias" => MessageType.Alias,
        _ => null,
    };

    internal static MessageType? Parse(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.String } value ? Parse(value.GetString()) : null;

    public static MessageType? ForRoute(TrackingRoute route) => route switch
    {
        TrackingRoute.Identify => MessageType.Identify,
        TrackingRoute.Track => MessageType.Track,
        TrackingRoute.Page => MessageType.Page,
        TrackingRoute.Screen => MessageType.Screen,
        TrackingRoute.Group => MessageType.Group,
        TrackingRoute.Alias => MessageType.Alias,
        _ => null,
    };
}
