using Lodestar.Domain.Events;

namespace Lodestar.Domain.Destinations.EventStream;

/// <summary>
/// Which messages an event destination wants, from its settings: an empty <see cref="Types"/> or
/// <see cref="Names"/> set means all of them. Names apply to the messages that have one (track, page, screen).
/// </summary>
public sealed record EventFilter(
    IReadOnlySet<MessageType> Types,
    IReadOnlySet<string> Names,
    IReadOnlySet<string> ExcludedNames)
{
    public static EventFilter All { get; } = new(
        new HashSet<MessageType>(),
        new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        new HashSet<string>(StringComparer.OrdinalIgnoreCase));
}
