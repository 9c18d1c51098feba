using Lodestar.Domain.Events;

namespace Lodestar.Domain.Destinations.EventStream;

/// <summary>Whether a message passes an event destination's type and name filters.</summary>
public static class EventFilterEvaluator
{
    public static bool Includes(EventFilter filter, MessageType type, string? name)
    {
        if (filter.Types.Count > 0 && !filter.Types.Contains(type))
            return false;
        if (!HasName(type))
            return true;
        var trimmed = name?.Trim() ?? "";
        if (filter.ExcludedNames.Contains(trimmed))
            return false;
        return filter.Names.Count == 0 || filter.Names.Contains(trimmed);
    }

    // Identify, group and alias messages have no event name: the name lists do not apply to them, only the type list.
    private static bool HasName(MessageType type) => type is MessageType.Track or MessageType.Page or MessageType.Screen;
}
