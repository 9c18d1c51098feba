namespace Lodestar.Portal.Client.Features.Events;

/// <summary>The message types of the tracking API, as the filters offer them.</summary>
public static class EventTypes
{
    public static IReadOnlyList<string> All { get; } = ["identify", "track", "page", "screen", "group", "alias"];
}
